package org.gongkai.broadcast.speech;

import java.util.Locale;
import java.util.Objects;

/**
 * How to speak a script.
 *
 * @param locale the language (Mandarin {@code zh-CN} by default; e.g. {@code yue} for Cantonese where supported)
 * @param rate relative speaking rate, 1.0 = the synthesiser's configured speed; 0.5–2.0
 */
public record SpeechOptions(Locale locale, double rate) {
    /** Mandarin at the configured speed. */
    public static final SpeechOptions MANDARIN = new SpeechOptions(Locale.SIMPLIFIED_CHINESE, 1.0);

    public SpeechOptions {
        Objects.requireNonNull(locale, "locale");
        if (!(rate >= 0.5 && rate <= 2.0)) {
            throw new IllegalArgumentException("rate out of 0.5-2.0: " + rate);
        }
    }
}
