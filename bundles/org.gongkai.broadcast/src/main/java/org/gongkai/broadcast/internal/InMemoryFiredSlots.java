package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FiredSlots} in memory: for tests and for a node without a database; not exactly-once across restarts. */
public final class InMemoryFiredSlots implements FiredSlots {
    private final Map<SlotKey, Decision> claimed = new ConcurrentHashMap<>();

    @Override
    public boolean claim(SlotKey key, SlotFiring.Outcome outcome, Instant at) {
        return claimed.putIfAbsent(key, new Decision(outcome, at)) == null;
    }

    @Override
    public Map<SlotKey, Decision> decided(LocalDate date) {
        return claimed.entrySet().stream().filter(e -> e.getKey().date().equals(date))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Map<SlotKey, SlotFiring.Outcome> claimed() {
        return claimed.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().outcome()));
    }
}
