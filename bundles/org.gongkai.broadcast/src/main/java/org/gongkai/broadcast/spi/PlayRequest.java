package org.gongkai.broadcast.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One programme to play on a set of terminals of one driver.
 *
 * @param broadcastId the core's id of the broadcast; receipts refer to it
 * @param terminals the terminals to play on (at least one)
 * @param audioUrl an HTTP(S) URL of the audio the terminal fetches or streams, or null
 * @param text the text for terminals that synthesise speech themselves, or null; at least one of audio and text
 * @param priority 0–255, higher pre-empts lower on a terminal: {@link #ROUTINE} for daily programmes,
 *        {@link #emergencyPriority(int)} for emergencies
 * @param expiresAt after this instant the terminal must not start playing (null = no limit)
 */
public record PlayRequest(String broadcastId, List<TerminalBinding> terminals, String audioUrl, String text,
        int priority, Instant expiresAt) {

    /** Priority of routine (daily, 政务) programmes. */
    public static final int ROUTINE = 10;

    public PlayRequest {
        Objects.requireNonNull(broadcastId, "broadcastId");
        terminals = List.copyOf(terminals);
        if (terminals.isEmpty()) {
            throw new IllegalArgumentException("no terminals");
        }
        if (audioUrl == null && text == null) {
            throw new IllegalArgumentException("neither audio nor text");
        }
        if (priority < 0 || priority > 255) {
            throw new IllegalArgumentException("priority out of 0-255: " + priority);
        }
    }

    /** Priority of an emergency broadcast of level 1 (红, most severe: 254) to 4 (蓝: 251); always above routine. */
    public static int emergencyPriority(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("emergency level out of 1-4: " + level);
        }
        return 255 - level;
    }
}
