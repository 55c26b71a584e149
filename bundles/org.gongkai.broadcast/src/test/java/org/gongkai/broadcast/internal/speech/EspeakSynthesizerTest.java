package org.gongkai.broadcast.internal.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gongkai.broadcast.internal.AudioProbe;
import org.gongkai.broadcast.speech.SpeechOptions;
import org.gongkai.broadcast.speech.SynthesizedAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The espeak-ng synthesiser with the real program (skipped where Debian's espeak-ng is not installed). */
class EspeakSynthesizerTest {
    private static final String NOTICE = "各位村民请注意，明天上午九点在村委会召开村民大会，请准时参加。";
    private EspeakSynthesizer synth = new EspeakSynthesizer("espeak-ng", "cmn", 150, Duration.ofSeconds(30), 1);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        synth.close();
    }

    private void assumeEspeak() {
        assumeTrue(synth.available(), "espeak-ng is not installed (apt-get install espeak-ng): real synthesis skipped");
    }

    @Test
    void speaksMandarinAsAWavOfPlausibleLength() throws Exception {
        assumeEspeak();
        CompletableFuture<SynthesizedAudio> f = synth.synthesize(NOTICE, SpeechOptions.MANDARIN);
        SynthesizedAudio audio = f.get(30, TimeUnit.SECONDS);
        assertEquals("audio/wav", audio.contentType());
        assertEquals("cmn", audio.voice());
        AudioProbe.Result r = AudioProbe.probe(audio.data());
        assertEquals(AudioProbe.Format.WAV, r.format());
        // 30 characters: a few seconds of speech, neither empty nor endless
        assertTrue(r.durationMs() > 3000 && r.durationMs() < 30000, r.durationMs() + " ms");
    }

    @Test
    void aFasterRateGivesShorterSpeechAndCantoneseUsesTheYueVoice() throws Exception {
        assumeEspeak();
        long normal = AudioProbe.probe(synth.synthesize(NOTICE, SpeechOptions.MANDARIN).get(30, TimeUnit.SECONDS)
                .data()).durationMs();
        long fast = AudioProbe.probe(synth.synthesize(NOTICE, new SpeechOptions(Locale.SIMPLIFIED_CHINESE, 2.0))
                .get(30, TimeUnit.SECONDS).data()).durationMs();
        assertTrue(fast < normal * 0.8, fast + " vs " + normal);
        assertEquals("yue", synth.synthesize(NOTICE, new SpeechOptions(Locale.forLanguageTag("zh-HK"), 1.0))
                .get(30, TimeUnit.SECONDS).voice());
    }

    @Test
    void aMissingProgramIsUnavailableAndFailsAtOnce() {
        synth.close();
        synth = new EspeakSynthesizer(dir.resolve("no-espeak").toString(), "cmn", 150, Duration.ofSeconds(5), 1);
        assertFalse(synth.available());
        ExecutionException e = assertThrows(ExecutionException.class, () -> synth.synthesize(NOTICE,
                SpeechOptions.MANDARIN).get(1, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("not found"), e.getCause().getMessage());
        EspeakSynthesizer onPath = new EspeakSynthesizer("no-such-espeak-program", "cmn", 150, Duration.ofSeconds(5),
                1);
        assertFalse(onPath.available());
        onPath.close();
    }

    @Test
    void aProgramThatHangsIsKilledAtTheTimeout() throws Exception {
        Path hang = script("hang", "#!/bin/sh\nexec sleep 60\n");
        synth.close();
        synth = new EspeakSynthesizer(hang.toString(), "cmn", 150, Duration.ofSeconds(1), 1);
        assertTrue(synth.available());
        long start = System.nanoTime();
        CompletableFuture<SynthesizedAudio> f = synth.synthesize(NOTICE, SpeechOptions.MANDARIN);
        assertFalse(f.isDone(), "the caller is not kept waiting");
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause().getCause(), e.getCause().toString());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "killed, not waited for");
    }

    @Test
    void aFailingProgramReportsItsErrorOutput() throws Exception {
        Path failing = script("fail", "#!/bin/sh\necho 'The specified espeak-ng voice does not exist.' >&2\nexit 1\n");
        synth.close();
        synth = new EspeakSynthesizer(failing.toString(), "nosuchvoice", 150, Duration.ofSeconds(5), 1);
        ExecutionException e = assertThrows(ExecutionException.class, () -> synth.synthesize(NOTICE,
                SpeechOptions.MANDARIN).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("exit 1") && e.getCause().getMessage().contains("does not exist"),
                e.getCause().getMessage());
    }

    @Test
    void aVoiceEspeakDoesNotKnowFailsWithItsMessage() {
        assumeEspeak();
        EspeakSynthesizer bad = new EspeakSynthesizer("espeak-ng", "nosuchvoice", 150, Duration.ofSeconds(10), 1);
        try {
            ExecutionException e = assertThrows(ExecutionException.class, () -> bad.synthesize(NOTICE,
                    SpeechOptions.MANDARIN).get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("voice does not exist"), e.getCause().getMessage());
        } finally {
            bad.close();
        }
    }

    @Test
    void anEmptyScriptIsRefused() {
        assertThrows(ExecutionException.class, () -> synth.synthesize("  ", SpeechOptions.MANDARIN).get());
    }

    private Path script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
