package org.gongkai.broadcast;

import java.time.Instant;

/** A broadcast in a list or queue. */
public record BroadcastSummary(String id, BroadcastKind kind, String title, String category, BroadcastState state,
        String agencyCode, String author, Integer emergencyLevel, Instant updatedAt) {
}
