package org.gongkai.broadcast.speech;

import java.util.concurrent.CompletableFuture;

/**
 * Turns a spoken script into audio. Implementations never block the caller: {@link #synthesize} returns at once and
 * completes on the implementation's own threads, within its own time limit. Registered as a DS service; the core
 * takes the available one with the highest {@code service.ranking}.
 */
public interface SpeechSynthesizer {

    /** A short, stable id for logs and the staff screens, e.g. {@code espeak-ng}. */
    String id();

    /** Whether the synthesiser can speak right now (its program or service is reachable); cheap to call. */
    boolean available();

    /**
     * Speaks the script.
     *
     * @param script the spoken script, plain text (Chinese by default)
     * @param options language and speaking rate
     * @return the audio (WAV or MP3), or a future failed with the reason (unavailable, too slow, engine error)
     */
    CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options);
}
