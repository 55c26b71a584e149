package org.gongkai.broadcast.driver.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Concurrency bound, queueing and refusal of the limiter, with calls the test completes by hand. */
class LimiterTest {

    @Test
    void callsBeyondTheLimitWaitAndStartWhenASlotFrees() throws Exception {
        Limiter l = new Limiter(2, 10, Runnable::run);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CompletableFuture<String> call = new CompletableFuture<>();
            calls.add(call);
            results.add(l.submit(() -> call));
        }
        assertEquals(2, l.running());
        assertEquals(1, l.queued());
        calls.get(0).complete("a");
        assertEquals("a", results.get(0).get());
        assertEquals(0, l.queued(), "the waiting call did not start");
        assertEquals(2, l.running());
        calls.get(2).complete("c");
        calls.get(1).completeExceptionally(new IllegalStateException("x"));
        assertEquals("c", results.get(2).get());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> results.get(1).get());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(0, l.running());
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        Limiter l = new Limiter(1, 1, Runnable::run);
        l.submit(CompletableFuture::new);
        CompletableFuture<Object> queued = l.submit(CompletableFuture::new);
        CompletableFuture<Object> refused = l.submit(CompletableFuture::new);
        assertFalse(queued.isDone());
        assertTrue(refused.isCompletedExceptionally());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, refused::get);
        assertInstanceOf(RejectedExecutionException.class, e.getCause());
    }

    @Test
    void aThrowingCallReleasesItsSlot() {
        Limiter l = new Limiter(1, 0, Runnable::run);
        CompletableFuture<Object> f = l.submit(() -> {
            throw new IllegalArgumentException("bad");
        });
        assertTrue(f.isCompletedExceptionally());
        assertEquals(0, l.running());
    }
}
