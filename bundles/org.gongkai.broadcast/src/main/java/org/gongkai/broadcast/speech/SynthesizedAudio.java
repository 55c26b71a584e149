package org.gongkai.broadcast.speech;

import java.util.Objects;

/**
 * The audio a synthesiser produced. The core verifies and measures it (WAV or MP3 only) before storing it, so a
 * synthesiser need not report a duration.
 *
 * @param contentType {@code audio/wav} or {@code audio/mpeg}
 * @param data the complete file
 * @param voice the voice used, for the staff screens (e.g. {@code cmn})
 */
public record SynthesizedAudio(String contentType, byte[] data, String voice) {
    public SynthesizedAudio {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(data, "data");
    }
}
