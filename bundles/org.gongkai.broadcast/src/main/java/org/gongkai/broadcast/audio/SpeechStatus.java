package org.gongkai.broadcast.audio;

/**
 * The speech synthesiser in use.
 *
 * @param synthesizer its id, or empty when none is installed
 * @param available whether it can speak now; when not, terminals get the text and must speak it themselves
 */
public record SpeechStatus(String synthesizer, boolean available) {
}
