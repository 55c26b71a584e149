package org.gongkai.broadcast.driver.http.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Bounds the HTTP calls in flight without blocking anyone: a call beyond the limit waits in a bounded queue and
 * starts when an earlier one completes; a full queue refuses at once. Each call is bounded in time by its own
 * timeout, so hung terminals hold at most their share of the permits for that long.
 */
final class Limiter {
    private final int max;
    private final int maxQueued;
    private final Executor executor;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private int running;

    Limiter(int max, int maxQueued, Executor executor) {
        if (max < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("need max >= 1 and maxQueued >= 0");
        }
        this.max = max;
        this.maxQueued = maxQueued;
        this.executor = executor;
    }

    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            CompletableFuture<T> f;
            try {
                f = call.get();
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((v, e) -> {
                release();
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            });
        };
        synchronized (this) {
            if (running >= max) {
                if (queue.size() >= maxQueued) {
                    return CompletableFuture.failedFuture(new RejectedExecutionException(
                            "too many terminal calls waiting (" + maxQueued + ")"));
                }
                queue.add(start);
                return result;
            }
            running++;
        }
        start.run();
        return result;
    }

    /** Hands the permit to the next waiting call, on the executor so completions never recurse into each other. */
    private void release() {
        Runnable next;
        synchronized (this) {
            next = queue.poll();
            if (next == null) {
                running--;
            }
        }
        if (next != null) {
            try {
                executor.execute(next);
            } catch (RejectedExecutionException e) {
                next.run(); // shutting down: still settle the waiting call
            }
        }
    }

    synchronized int running() {
        return running;
    }

    synchronized int queued() {
        return queue.size();
    }
}
