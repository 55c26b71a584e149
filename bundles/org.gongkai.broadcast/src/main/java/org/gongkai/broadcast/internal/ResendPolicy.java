package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which terminals an emergency broadcast must be (re)sent to now: it is re-sent until each terminal reports that it
 * played it, or the broadcast expires. Unreachable terminals wait (and are sent to as soon as they are back);
 * terminals that acknowledged or failed are re-sent after the interval; one that is playing gets the programme's
 * length on top, so a long programme is not restarted mid-way.
 */
public final class ResendPolicy {
    private final Duration interval;
    private final int maxAttempts;

    /** @param maxAttempts sends per terminal at most (0 = until expiry) */
    public ResendPolicy(Duration interval, int maxAttempts) {
        this.interval = interval;
        this.maxAttempts = maxAttempts;
    }

    public List<String> due(List<TerminalDelivery> deliveries, Instant now, Instant expiresAt, Duration programme) {
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return List.of();
        }
        return deliveries.stream().filter(d -> due(d, now, programme)).map(TerminalDelivery::terminalId).toList();
    }

    private boolean due(TerminalDelivery d, Instant now, Duration programme) {
        if (!d.reachable() || maxAttempts > 0 && d.attempts() >= maxAttempts) {
            return false;
        }
        return switch (d.state()) {
            case PLAYED -> false;
            case PENDING, OFFLINE -> true;
            case SENT, ACKNOWLEDGED, FAILED -> d.lastSentAt() == null || !now.isBefore(d.lastSentAt().plus(interval));
            case PLAYING -> d.lastSentAt() == null || !now.isBefore(d.lastSentAt().plus(interval).plus(programme));
        };
    }
}
