package org.gongkai.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * An emergency broadcast issued by an emergency officer: level 1 (红) to 4 (蓝), event type, the areas, and the period
 * in which it is played and re-sent.
 */
public record EmergencyInput(String title, String script, String audioUrl, Integer level, String eventType,
        List<Target> targets, Instant start, Instant end, boolean exercise) {
    public EmergencyInput {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
