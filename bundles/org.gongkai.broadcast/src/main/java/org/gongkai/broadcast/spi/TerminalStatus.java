package org.gongkai.broadcast.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A terminal's status as its driver knows it.
 *
 * @param terminalId the terminal's id
 * @param state the state
 * @param volumePercent the volume 0–100, or null when unknown
 * @param at when the status was observed
 * @param detail free text (model, firmware, fault description); never null
 */
public record TerminalStatus(String terminalId, State state, Integer volumePercent, Instant at, String detail) {

    /** Operational states a driver can report. */
    public enum State {
        ONLINE, OFFLINE, BUSY, FAULT, UNKNOWN
    }

    public TerminalStatus {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }

    public static TerminalStatus unknown(String terminalId, Instant at) {
        return new TerminalStatus(terminalId, State.UNKNOWN, null, at, "");
    }
}
