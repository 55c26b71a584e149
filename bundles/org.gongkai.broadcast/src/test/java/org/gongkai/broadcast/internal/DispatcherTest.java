package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.internal.DispatchResult.Outcome;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private static final PlayRequest REQUEST = new PlayRequest("b1", List.of(new TerminalBinding("T1", Map.of())),
            null, "通知", PlayRequest.ROUTINE, null);
    private static final DriverContext NO_OP = new DriverContext() {
        @Override
        public void receipt(Receipt receipt) {
        }

        @Override
        public void statusChanged(TerminalStatus status) {
        }
    };

    private final DriverRegistry registry = new DriverRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry, id -> NO_OP, Duration.ofMillis(300), 1, 1);
    private final FakeDriver hanging = new FakeDriver("hang", FakeDriver.Mode.BLOCK);
    private final FakeDriver good = new FakeDriver("good", FakeDriver.Mode.OK);

    @AfterEach
    void tearDown() {
        hanging.release.countDown();
        dispatcher.close();
    }

    @Test
    void aHangingDriverTimesOutWithoutStallingTheCallerOrOtherDrivers() throws Exception {
        registry.add(hanging);
        registry.add(good);
        long t0 = System.nanoTime();
        var stuck = dispatcher.play("hang", REQUEST);
        var fine = dispatcher.play("good", REQUEST);
        long callMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(callMillis < 250, "dispatch returned after " + callMillis + " ms");

        DispatchResult ok = fine.get(2, TimeUnit.SECONDS);
        assertEquals(Outcome.SENT, ok.outcome());
        assertTrue(!stuck.isDone(), "the hanging driver is still hanging when the good one is done");
        assertEquals(List.of("b1"), good.played);
        assertTrue(good.threads.get(0).startsWith("gongkai-bc-driver-good-"), good.threads.toString());

        assertEquals(Outcome.TIMED_OUT, stuck.get(2, TimeUnit.SECONDS).outcome());
        long total = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(total >= 290 && total < 1500, "timed out after " + total + " ms");
    }

    @Test
    void aHangingDriversQueueFillsAndFurtherCallsAreRefusedAtOnce() throws Exception {
        registry.add(hanging);
        var first = dispatcher.play("hang", REQUEST);   // occupies the single thread
        Thread.sleep(50);
        var second = dispatcher.play("hang", REQUEST);  // waits in the queue of one
        var third = dispatcher.play("hang", REQUEST);   // refused
        assertTrue(third.isDone());
        assertEquals(Outcome.BUSY, third.get().outcome());
        assertEquals(Outcome.TIMED_OUT, first.get(2, TimeUnit.SECONDS).outcome());
        assertEquals(Outcome.TIMED_OUT, second.get(2, TimeUnit.SECONDS).outcome());
    }

    @Test
    void aThrowingDriverIsAFailureWithItsMessage() throws Exception {
        registry.add(new FakeDriver("bad", FakeDriver.Mode.THROW));
        DispatchResult r = dispatcher.play("bad", REQUEST).get(2, TimeUnit.SECONDS);
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals("vendor bug", r.detail());
    }

    @Test
    void aStageThatNeverCompletesTimesOut() throws Exception {
        registry.add(new FakeDriver("lazy", FakeDriver.Mode.NEVER_COMPLETE));
        assertEquals(Outcome.TIMED_OUT, dispatcher.play("lazy", REQUEST).get(2, TimeUnit.SECONDS).outcome());
    }

    @Test
    void aMissingDriverIsReportedAtOnceAndStatusFallsBackToUnknown() throws Exception {
        var r = dispatcher.play("absent", REQUEST);
        assertTrue(r.isDone());
        assertEquals(Outcome.DRIVER_MISSING, r.get().outcome());
        assertEquals(TerminalStatus.State.UNKNOWN, dispatcher.status("absent", new TerminalBinding("T1", Map.of()))
                .get(2, TimeUnit.SECONDS).state());
    }

    @Test
    void driversAreOpenedWithTheirContextWhenTheyArriveAndClosedWhenTheyGo() throws Exception {
        registry.add(good);
        long deadline = System.currentTimeMillis() + 2000;
        while (good.context == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(good.context == NO_OP);
        registry.remove(good);
        while (!good.closed && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(good.closed);
        assertEquals(Outcome.DRIVER_MISSING, dispatcher.play("good", REQUEST).get().outcome());
    }
}
