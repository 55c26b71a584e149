package org.gongkai.broadcast.driver.mqtt.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * At most N QoS 1 publishes in flight; the others wait their turn instead of failing. Paho refuses a publish beyond
 * its max-in-flight window ("Too many publishes in progress"): releasing to 10,000 terminals at once failed a quarter
 * of them before this window. A send given to {@link #submit} must call {@link #release} exactly once, when its
 * publish completed or failed. Never blocks: a waiting send runs on the thread that frees its slot.
 */
final class PublishWindow {
    private final Semaphore permits;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Boolean> draining = ThreadLocal.withInitial(() -> false);

    PublishWindow(int size) {
        this.permits = new Semaphore(Math.max(1, size));
    }

    /** Runs the send now if a slot is free, otherwise as soon as one frees. */
    void submit(Runnable send) {
        waiting.add(send);
        drain();
    }

    /** A publish completed or failed: its slot goes to the next waiting send. */
    void release() {
        permits.release();
        drain();
    }

    int waiting() {
        return waiting.size();
    }

    private void drain() {
        if (draining.get()) {
            return; // a send that failed at once released its slot: the loop below goes on, no recursion
        }
        draining.set(true);
        try {
            while (!waiting.isEmpty() && permits.tryAcquire()) {
                Runnable next = waiting.poll();
                if (next == null) {
                    permits.release();
                    return;
                }
                next.run();
            }
        } finally {
            draining.set(false);
        }
    }
}
