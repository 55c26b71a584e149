package org.gongkai.broadcast.internal;

import java.time.Instant;
import org.gongkai.broadcast.DeliveryState;

/**
 * One terminal's delivery of one broadcast, as the re-send policy sees it.
 *
 * @param lastSentAt when the command last went out, or null if never
 * @param reachable whether the terminal is online and its driver present now
 */
public record TerminalDelivery(String terminalId, DeliveryState state, Instant lastSentAt, int attempts,
        boolean reachable) {
}
