package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FiredSlots} in memory: for tests and for a node without a database; not exactly-once across restarts. */
public final class InMemoryFiredSlots implements FiredSlots {
    private final Map<SlotKey, SlotFiring.Outcome> claimed = new ConcurrentHashMap<>();

    @Override
    public boolean claim(SlotKey key, SlotFiring.Outcome outcome, Instant at) {
        return claimed.putIfAbsent(key, outcome) == null;
    }

    public Map<SlotKey, SlotFiring.Outcome> claimed() {
        return Map.copyOf(claimed);
    }
}
