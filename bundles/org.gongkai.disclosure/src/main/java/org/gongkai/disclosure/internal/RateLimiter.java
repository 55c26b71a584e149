package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.platform.Message;
import org.gongkai.platform.TooManyRequestsException;

/**
 * A token bucket per client key (the client's address) for the public endpoints: {@code capacity} requests at once,
 * refilled at {@code perMinute}. Buckets that are full again are dropped, so the map stays small.
 */
final class RateLimiter {
    private final int capacity;
    private final double perMilli;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int capacity, int perMinute, Clock clock) {
        this.capacity = capacity;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    /** Takes one token for the key or throws 429. */
    void acquire(String key) {
        long now = clock.millis();
        boolean[] ok = new boolean[1];
        buckets.compute(key == null ? "?" : key, (k, b) -> {
            Bucket bucket = b == null ? new Bucket(capacity, now) : b;
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMilli);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                ok[0] = true;
            }
            return bucket;
        });
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().at) * perMilli >= capacity);
        }
        if (!ok[0]) {
            throw new TooManyRequestsException(Message.of("请求过于频繁，请稍后再试", "Too many requests; try again later"));
        }
    }
}
