package org.gongkai.broadcast.driver.mqtt.internal;

import java.time.Duration;

/** Reconnect delays: doubling from the minimum up to the maximum, back to the minimum after a success. */
final class Backoff {
    private final Duration min;
    private final Duration max;
    private Duration next;

    Backoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max");
        }
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The delay before the next attempt; each call doubles the following one, capped at the maximum. */
    synchronized Duration next() {
        Duration d = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return d;
    }

    synchronized void reset() {
        next = min;
    }
}
