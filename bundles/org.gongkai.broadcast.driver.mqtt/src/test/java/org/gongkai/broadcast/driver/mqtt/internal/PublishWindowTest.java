package org.gongkai.broadcast.driver.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PublishWindowTest {

    @Test
    void sendsBeyondTheWindowWaitForAFreeSlotInOrder() {
        PublishWindow w = new PublishWindow(2);
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            w.submit(() -> sent.add(n));
        }
        assertEquals(List.of(0, 1), sent);
        assertEquals(3, w.waiting());
        w.release();
        assertEquals(List.of(0, 1, 2), sent);
        w.release();
        w.release();
        assertEquals(List.of(0, 1, 2, 3, 4), sent);
        assertEquals(0, w.waiting());
    }

    @Test
    void sendsThatFailAtOnceFreeTheirSlotWithoutDeepRecursion() {
        PublishWindow w = new PublishWindow(1);
        AtomicInteger failed = new AtomicInteger();
        // a blocked first send keeps the window full while 100,000 others queue up
        w.submit(() -> { });
        for (int i = 0; i < 100_000; i++) {
            w.submit(() -> {
                failed.incrementAndGet();
                w.release(); // failed synchronously, e.g. the connection dropped
            });
        }
        assertEquals(0, failed.get());
        w.release();
        assertEquals(100_000, failed.get());
        assertEquals(0, w.waiting());
    }
}
