package org.gongkai.broadcast.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What a terminal reported about one broadcast.
 *
 * @param terminalId the terminal's id as given in its {@link TerminalBinding}
 * @param broadcastId the broadcast id of the {@link PlayRequest}
 * @param kind what happened
 * @param at when the terminal says it happened (the driver's receive time if the protocol has none)
 * @param detail free text from the terminal, e.g. an error; may be empty, never null
 */
public record Receipt(String terminalId, String broadcastId, Kind kind, Instant at, String detail) {

    /** The stages a terminal reports, in order; {@link #FAILED} may come at any point. */
    public enum Kind {
        /** The terminal received the command. */
        ACK,
        /** Playback started. */
        PLAYING,
        /** Playback finished completely. */
        PLAYED,
        /** The terminal could not play (no stream, busy with higher priority, hardware fault). */
        FAILED
    }

    public Receipt {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(broadcastId, "broadcastId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }
}
