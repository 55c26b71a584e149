package org.gongkai.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where a broadcast got to: counts by state and one line per terminal. */
public record DeliveryReport(String broadcastId, String title, BroadcastState state, long total,
        Map<DeliveryState, Long> counts, List<Line> lines) {

    /** The delivery to one terminal. */
    public record Line(String broadcastId, String terminalId, String terminalName, String regionCode,
            DeliveryState state, int attempts, Instant lastSentAt, String detail, Instant updatedAt) {
    }
}
