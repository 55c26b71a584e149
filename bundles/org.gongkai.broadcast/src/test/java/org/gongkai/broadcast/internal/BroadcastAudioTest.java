package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.audio.AudioFile;
import org.gongkai.broadcast.audio.AudioInfo;
import org.gongkai.broadcast.audio.AudioKind;
import org.gongkai.broadcast.internal.speech.EspeakSynthesizer;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.speech.SpeechOptions;
import org.gongkai.broadcast.speech.SpeechSynthesizer;
import org.gongkai.broadcast.speech.SynthesizedAudio;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broadcast audio on H2 through the real service: uploads checked by content, size and duration; speech synthesised
 * on demand and after submission; the choice of what plays; signed links in the terminals' play requests.
 */
class BroadcastAudioTest {
    /** A stand-in synthesiser: a tone of a quarter second per character of the script, or a failure when told. */
    static class ToneSynthesizer implements SpeechSynthesizer {
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String id() {
            return "tone";
        }

        @Override
        public boolean available() {
            return up.get();
        }

        @Override
        public CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options) {
            calls.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> new SynthesizedAudio("audio/wav", TestAudio.wav(
                    script.codePointCount(0, script.length()) * 0.25, 8000, 1), "test"));
        }
    }

    private final TestDb.MutableClock clock = new TestDb.MutableClock(NOW);
    private final DriverRegistry registry = new DriverRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry, id -> null, Duration.ofSeconds(2), 2, 100);
    private final BroadcastServiceImplTest.Driver driver = new BroadcastServiceImplTest.Driver();
    private final BroadcastServiceImplTest.Audit audit = new BroadcastServiceImplTest.Audit();
    private final Synthesizers synthesizers = new Synthesizers();
    private final ToneSynthesizer tone = new ToneSynthesizer();
    private final AudioLinks links;
    private final AudioDesk audio;
    private final BroadcastServiceImpl service;

    BroadcastAudioTest() {
        DataSource ds = TestDb.emptyDataSource();
        new MigrationRunner(ds).migrate("broadcast", List.of(
                new MigrationScript(1, "broadcast", TestDb.resource("db/broadcast/V1__broadcast.sql")),
                new MigrationScript(2, "content details", TestDb.resource("db/broadcast/V2__content_details.sql")),
                new MigrationScript(3, "daily slots", TestDb.resource("db/broadcast/V3__daily_slots.sql")),
                new MigrationScript(4, "audio", TestDb.resource("db/broadcast/V4__audio.h2.sql"))));
        Jdbc jdbc = new Jdbc(ds);
        BroadcastStore broadcasts = new BroadcastStore(jdbc);
        TerminalStore terminals = new TerminalStore(jdbc);
        DeliveryStore deliveries = new DeliveryStore(jdbc);
        TargetScope scope = new TargetScope(REGION_SERVICE, terminals::find);
        ReviewChain chain = new ReviewChain(quality(), scope, new ReviewPolicy(true, Set.of("LC-YJGLJ")), clock);
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 9);
        links = new AudioLinks(key, "http://10.0.0.5:8181", Duration.ofHours(24), clock);
        // 1 MB uploads, 60 s at most; a failed synthesis after a submission is tried again after 50 ms
        audio = new AudioDesk(new AudioStore(jdbc), broadcasts, chain, scope, synthesizers, links, TestDb.TX, audit,
                1024 * 1024, 60, clock, Duration.ofMillis(50));
        DeliveryService delivery = new DeliveryService(broadcasts, terminals, deliveries, TestDb.TX, registry,
                dispatcher, new ResendPolicy(Duration.ofMinutes(5), 0), quality(), clock, audio);
        TerminalDesk desk = new TerminalDesk(terminals, registry, dispatcher, REGION_SERVICE,
                new BroadcastAccess(scope), TestDb.TX, audit, delivery::status, clock);
        service = new BroadcastServiceImpl(jdbc, broadcasts, deliveries, chain, scope, delivery, desk,
                new BroadcastStats(broadcasts, deliveries, scope, REGION_SERVICE), new ScheduleDesk(
                        DailySlotsTest.SCHEDULE, new SlotPlaylist(broadcasts, scope, REGION_SERVICE),
                        new JdbcFiredSlots(jdbc), new BroadcastAccess(scope), clock, SHANGHAI), TestDb.TX, audit,
                List.of("通知公告"), (topic, id) -> { }, clock, audio);
        registry.add(driver);
        service.bindTerminal(BroadcastServiceImplTest.ADMIN, new TerminalInput("T-DX-1", "上屯喇叭", DAXU_HAMLET,
                "fake", Map.of("device", "d1")));
    }

    @AfterEach
    void close() {
        dispatcher.close();
        audio.close();
    }

    private String draft(String script) {
        return service.createDraft(DAXU_EDITOR, new DraftInput("村民大会通知", "通知公告", "明天上午八点召开村民大会。",
                script, null, null, List.of(Target.region(DAXU)))).broadcast().id();
    }

    private static ByteArrayInputStream in(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    private static FieldError only(ValidationException e) {
        assertEquals(1, e.fieldErrors().size(), e.fieldErrors().toString());
        return e.fieldErrors().get(0);
    }

    private void release(String id) throws InterruptedException {
        service.submit(DAXU_EDITOR, id);
        service.approve(DAXU_REVIEWER, id, null);
        service.release(DAXU_REVIEWER, id);
        for (int i = 0; i < 50 && driver.plays.isEmpty(); i++) {
            Thread.sleep(20);
        }
    }

    @Test
    void anUploadedDialectRecordingIsCheckedStoredAndPlaysOnceChosen() throws Exception {
        String id = draft("各位村民请注意。");
        byte[] wav = TestAudio.wav(12.0, 8000, 1);
        AudioInfo up = audio.upload(DAXU_EDITOR, id, " 灵川话 ", in(wav));
        assertEquals(List.of(AudioKind.UPLOADED, "灵川话", "audio/wav", 12000L, (long) wav.length),
                List.of(up.kind(), up.label(), up.contentType(), up.durationMs(), up.sizeBytes()));
        assertEquals(AudioDesk.sha256(wav), up.sha256());
        assertFalse(up.plays(), "a recording plays only when chosen");

        List<AudioInfo> list = audio.choose(DAXU_EDITOR, id, up.id());
        assertTrue(list.get(0).chosen() && list.get(0).plays());
        assertArrayEquals(wav, audio.open(DAXU_REVIEWER, up.id()).data());
        assertThrows(AccessDeniedException.class, () -> audio.open(LINGCHUAN_REVIEWER, up.id()),
                "another township cannot listen");
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("editor BROADCAST_AUDIO_UPLOADED " + id)));
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("editor BROADCAST_AUDIO_CHOSEN " + id)));

        release(id);
        PlayRequest play = driver.plays.get(0);
        assertEquals("各位村民请注意。", play.text(), "the text goes along for terminals that speak it");
        URI url = URI.create(play.audioUrl());
        assertEquals("/api/broadcast/audio/" + up.id(), url.getPath());
        Map<String, String> q = query(url);
        AudioFile f = audio.openSigned(up.id(), q.get("exp"), q.get("sig"));
        assertEquals("audio/wav", f.contentType());
        assertArrayEquals(wav, f.data());
        assertThrows(NotFoundException.class, () -> audio.openSigned(up.id(), q.get("exp"), "x" + q.get("sig")));
        clock.advance(Duration.ofHours(25));
        assertThrows(NotFoundException.class, () -> audio.openSigned(up.id(), q.get("exp"), q.get("sig")),
                "expired");
    }

    @Test
    void badUploadsAreRefusedWithFieldMessages() {
        String id = draft("各位村民请注意。");
        FieldError notAudio = only(assertThrows(ValidationException.class, () -> audio.upload(DAXU_EDITOR, id, "灵川话",
                in("<html>not audio</html>".getBytes()))));
        assertEquals("file", notAudio.field());
        assertTrue(notAudio.zh().startsWith("不是有效的音频文件"), notAudio.zh());

        FieldError tooLong = only(assertThrows(ValidationException.class, () -> audio.upload(DAXU_EDITOR, id, "灵川话",
                in(TestAudio.mp3Mpeg2(2400))))); // 62.7 s of MP3
        assertEquals("时长63秒，超过上限60秒", tooLong.zh());
        assertEquals("The audio lasts 63 s, more than the limit of 60 s", tooLong.en());

        FieldError tooBig = only(assertThrows(ValidationException.class, () -> audio.upload(DAXU_EDITOR, id, "灵川话",
                in(TestAudio.wav(70.0, 8000, 1)))));
        assertEquals("文件过大（最大1 MB）", tooBig.zh());

        FieldError truncated = only(assertThrows(ValidationException.class, () -> audio.upload(DAXU_EDITOR, id,
                "灵川话", in(Arrays.copyOf(TestAudio.wav(5.0, 8000, 1), 20000)))));
        assertTrue(truncated.zh().contains("不完整"), truncated.zh());

        ValidationException noLabel = assertThrows(ValidationException.class, () -> audio.upload(DAXU_EDITOR, id, " ",
                in(TestAudio.wav(1.0, 8000, 1))));
        assertEquals("label", only(noLabel).field());
        assertTrue(audio.list(DAXU_EDITOR, id).isEmpty());
        assertTrue(audit.entries.stream().noneMatch(e -> e.contains("AUDIO")));
    }

    @Test
    void onlyThoseWhoMayEditTheDraftChangeItsAudio() {
        String id = draft("各位村民请注意。");
        assertThrows(AccessDeniedException.class, () -> audio.upload(LINGCHUAN_REVIEWER, id, "灵川话",
                in(TestAudio.wav(1.0, 8000, 1))));
        service.submit(DAXU_EDITOR, id);
        assertThrows(ConflictException.class, () -> audio.upload(DAXU_EDITOR, id, "灵川话",
                in(TestAudio.wav(1.0, 8000, 1))), "submitted: no longer a draft");
        assertThrows(ConflictException.class, () -> audio.synthesize(DAXU_EDITOR, id));
    }

    @Test
    void synthesisedSpeechPlaysWhileTheScriptIsUnchanged() throws Exception {
        synthesizers.add(tone, Map.of("service.ranking", 0, "service.id", 1L));
        String id = draft("各位村民请注意，明天开会。"); // 13 characters: 3.25 s of tone
        AudioInfo spoken = audio.synthesize(DAXU_EDITOR, id).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(AudioKind.SYNTHESIZED, 3250L, true, true), List.of(spoken.kind(), spoken.durationMs(),
                spoken.current(), spoken.plays()));
        assertTrue(spoken.label().contains("tone"), spoken.label());

        AudioInfo again = audio.synthesize(DAXU_EDITOR, id).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(again.id()), audio.list(DAXU_EDITOR, id).stream().map(AudioInfo::id).toList(),
                "a new synthesis replaces the old one");

        service.updateDraft(DAXU_EDITOR, id, new DraftInput("村民大会通知", "通知公告", null, "开会时间改为后天。", null, null,
                List.of(Target.region(DAXU))));
        AudioInfo stale = audio.list(DAXU_EDITOR, id).get(0);
        assertFalse(stale.current() || stale.plays(), "spoken from the old script");
        int before = tone.calls.get();
        release(id);
        // the submission spoke the new script in the background; the release may or may not have waited for it
        for (int i = 0; i < 100 && audio.list(DAXU_REVIEWER, id).stream().noneMatch(AudioInfo::current); i++) {
            Thread.sleep(20);
        }
        assertEquals(before + 1, tone.calls.get());
        AudioInfo fresh = audio.list(DAXU_REVIEWER, id).get(0);
        assertTrue(fresh.current() && fresh.plays());
        assertEquals("开会时间改为后天。", driver.plays.get(0).text());
    }

    @Test
    void theQualityCheckMeasuresTheAudioThatPlays() {
        synthesizers.add(tone, Map.of("service.ranking", 0, "service.id", 1L));
        // 4 characters a second: the script alone is estimated at 24 s, the chosen recording lasts 59 s
        String id = draft("各位村民请注意，".repeat(12));
        AudioInfo rec = audio.upload(DAXU_EDITOR, id, "灵川话", in(TestAudio.wav(59.0, 8000, 1)));
        audio.choose(DAXU_EDITOR, id, rec.id());
        assertEquals(59, audio.withPlayedAudio(service.get(DAXU_EDITOR, id).broadcast()).content().durationSeconds());
        assertEquals(BroadcastState.SUBMITTED, service.submit(DAXU_EDITOR, id).broadcast().state());
        assertNull(service.get(DAXU_EDITOR, id).broadcast().content().audioUrl(), "the content stays as written");
        assertEquals(0, tone.calls.get(), "a chosen recording needs no synthesis");
    }

    @Test
    void withoutASynthesiserTerminalsGetTheTextAndOnDemandSynthesisSaysWhy() throws Exception {
        String id = draft("各位村民请注意。");
        assertEquals("", audio.speech().synthesizer());
        FieldError why = only(assertThrows(ValidationException.class, () -> audio.synthesize(DAXU_EDITOR, id)));
        assertTrue(why.zh().contains("文字稿"), why.zh());

        synthesizers.add(tone, Map.of("service.ranking", 0, "service.id", 1L));
        tone.up.set(false);
        assertEquals(List.of("tone", false), List.of(audio.speech().synthesizer(), audio.speech().available()));
        release(id);
        assertNull(driver.plays.get(0).audioUrl());
        assertEquals("各位村民请注意。", driver.plays.get(0).text());
    }

    @Test
    void theHighestRankedAvailableSynthesiserSpeaks() throws Exception {
        ToneSynthesizer vendor = new ToneSynthesizer() {
            @Override
            public String id() {
                return "vendor-cloud";
            }
        };
        synthesizers.add(tone, Map.of("service.ranking", -100, "service.id", 1L));
        synthesizers.add(vendor, Map.of("service.ranking", 10, "service.id", 2L));
        assertEquals("vendor-cloud", audio.speech().synthesizer());
        String id = draft("各位村民请注意。");
        assertTrue(audio.synthesize(DAXU_EDITOR, id).get(10, TimeUnit.SECONDS).label().contains("vendor-cloud"));
        vendor.up.set(false);
        assertEquals("tone", audio.speech().synthesizer(), "falls back while the vendor's is down");
        synthesizers.remove(tone);
        assertFalse(audio.speech().available());
    }

    @Test
    void aSynthesiserThatFailsFailsTheRequestWithoutStoringAnything() {
        synthesizers.add(new ToneSynthesizer() {
            @Override
            public CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options) {
                return CompletableFuture.completedFuture(new SynthesizedAudio("audio/wav", new byte[100], "x"));
            }
        }, Map.of());
        String id = draft("各位村民请注意。");
        ExecutionException e = assertThrows(ExecutionException.class, () -> audio.synthesize(DAXU_EDITOR, id)
                .get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(audio.list(DAXU_EDITOR, id).isEmpty());
    }

    @Test
    void theSynthesisAfterASubmissionIsTriedAgainAfterAFailureAndGivesUpAfterThreeTries() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        AtomicInteger tries = new AtomicInteger();
        ToneSynthesizer flaky = new ToneSynthesizer() {
            @Override
            public CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options) {
                tries.incrementAndGet();
                return failuresLeft.getAndDecrement() > 0
                        ? CompletableFuture.failedFuture(new IllegalStateException("espeak-ng busy"))
                        : super.synthesize(script, options);
            }
        };
        synthesizers.add(flaky, Map.of());
        String id = draft("各位村民请注意。");
        audio.submitted(DAXU_EDITOR, service.get(DAXU_EDITOR, id).broadcast());
        for (int i = 0; i < 200 && audio.list(DAXU_EDITOR, id).isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(3, tries.get(), "two failures, then spoken");
        assertEquals(AudioKind.SYNTHESIZED, audio.list(DAXU_EDITOR, id).get(0).kind());

        failuresLeft.set(100);
        String other = draft("明天停水。");
        audio.submitted(DAXU_EDITOR, service.get(DAXU_EDITOR, other).broadcast());
        for (int i = 0; i < 250 && tries.get() < 3 + AudioDesk.SUBMISSION_ATTEMPTS; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // long enough for a fourth try, if there were one
        assertEquals(3 + AudioDesk.SUBMISSION_ATTEMPTS, tries.get(), "three tries, then the text");
        assertTrue(audio.list(DAXU_EDITOR, other).isEmpty());
    }

    @Test
    void aSynthesiserThatFailsAtOnceReportsWhyAndTheNextRequestTriesAgain() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        synthesizers.add(new ToneSynthesizer() {
            @Override
            public CompletableFuture<SynthesizedAudio> synthesize(String script, SpeechOptions options) {
                return broken.get() ? CompletableFuture.failedFuture(new IllegalStateException("cloud TTS quota"))
                        : super.synthesize(script, options);
            }
        }, Map.of());
        String id = draft("各位村民请注意。");
        ExecutionException e = assertThrows(ExecutionException.class, () -> audio.synthesize(DAXU_EDITOR, id)
                .get(10, TimeUnit.SECONDS));
        assertEquals("cloud TTS quota", e.getCause().getMessage());
        broken.set(false);
        assertEquals(AudioKind.SYNTHESIZED, audio.synthesize(DAXU_EDITOR, id).get(10, TimeUnit.SECONDS).kind());
    }

    @Test
    void espeakSpeaksTheScriptIntoTheStore() throws Exception {
        EspeakSynthesizer espeak = new EspeakSynthesizer("espeak-ng", "cmn", 150, Duration.ofSeconds(30), 1);
        try {
            assumeTrue(espeak.available(), "espeak-ng is not installed: real synthesis skipped");
            synthesizers.add(espeak, Map.of("service.ranking", -100));
            String id = draft("各位村民请注意，明天上午九点在村委会召开村民大会。");
            AudioInfo a = audio.synthesize(DAXU_EDITOR, id).get(30, TimeUnit.SECONDS);
            assertTrue(a.durationMs() > 2000 && a.durationMs() < 30000, a.durationMs() + " ms");
            AudioFile f = audio.open(DAXU_EDITOR, a.id());
            assertEquals(a.durationMs(), AudioProbe.probe(f.data()).durationMs());
            assertEquals(f.data().length - 8, java.nio.ByteBuffer.wrap(f.data()).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .getInt(4), "the stored WAV carries its real size");
        } finally {
            espeak.close();
        }
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> q = new java.util.HashMap<>();
        for (String p : url.getRawQuery().split("&")) {
            q.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return q;
    }
}
