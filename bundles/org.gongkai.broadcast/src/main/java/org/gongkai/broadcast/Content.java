package org.gongkai.broadcast;

/**
 * What is played: a title, the script (read by a terminal's speech synthesiser or an announcer), and optionally a
 * recorded audio file with its duration.
 *
 * @param durationSeconds duration of the audio, or null when there is none (then it is estimated from the text)
 */
public record Content(String title, String text, String audioUrl, Integer durationSeconds) {
}
