package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryServiceTest {
    /** A driver that needs a device id per terminal and records what it is asked to do. */
    static final class RecordingDriver implements BroadcastDriver {
        private final String id;
        final List<PlayRequest> plays = new CopyOnWriteArrayList<>();
        final List<String> stops = new CopyOnWriteArrayList<>();

        RecordingDriver(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return id;
        }

        @Override
        public List<SettingDescriptor> settings() {
            return List.of(SettingDescriptor.string("device", "设备编号", null, true, null));
        }

        @Override
        public void open(DriverContext context) {
        }

        @Override
        public void close() {
        }

        @Override
        public CompletionStage<Void> play(PlayRequest request) {
            plays.add(request);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals) {
            terminals.forEach(t -> stops.add(broadcastId + "@" + t.terminalId()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
            return CompletableFuture.completedFuture(TerminalStatus.unknown(terminal.terminalId(), NOW));
        }
    }

    private final TestDb.MutableClock clock = new TestDb.MutableClock(NOW);
    private final Jdbc jdbc;
    private final BroadcastStore broadcasts;
    private final TerminalStore terminals;
    private final DeliveryStore deliveries;
    private final DriverRegistry registry = new DriverRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry, id -> null, Duration.ofSeconds(2), 2, 100);
    private final RecordingDriver fake = new RecordingDriver("fake");
    private final DeliveryService service;
    private final ReviewChain chain = new ReviewChain(quality(), scope(), new ReviewPolicy(true, Set.of("LC-YJGLJ",
            "LC-QXJ")), clock);

    DeliveryServiceTest() throws IOException {
        DataSource ds = TestDb.emptyDataSource();
        try (InputStream in = getClass().getResourceAsStream("/db/broadcast/V1__broadcast.sql")) {
            new MigrationRunner(ds).migrate("broadcast", List.of(new MigrationScript(1, "broadcast",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        jdbc = new Jdbc(ds);
        broadcasts = new BroadcastStore(jdbc);
        terminals = new TerminalStore(jdbc);
        deliveries = new DeliveryStore(jdbc);
        service = new DeliveryService(broadcasts, terminals, deliveries, TestDb.TX, registry, dispatcher,
                new ResendPolicy(Duration.ofMinutes(5), 0), quality(), clock);
        terminals.insert(new Terminal("T-DX-1", "上屯", DAXU_HAMLET, "fake", Map.of("device", "d1")), NOW);
        terminals.insert(new Terminal("T-DX-2", "大圩村一", DAXU_VILLAGE, "fake", Map.of()), NOW);
        terminals.insert(new Terminal("T-DX-3", "大圩村二", DAXU_VILLAGE, "other", Map.of("device", "d3")), NOW);
        terminals.insert(new Terminal("T-LC-1", "凤源村", FENGYUAN, "fake", Map.of("device", "d4")), NOW);
        registry.add(fake);
    }

    @AfterEach
    void close() {
        dispatcher.close();
    }

    private Broadcast released(Broadcast draft, org.gongkai.platform.security.Actor author,
            org.gongkai.platform.security.Actor reviewer) {
        broadcasts.insert(draft, NOW);
        Broadcast s = chain.submit(author, draft);
        broadcasts.transition(draft, s, NOW);
        Broadcast a = chain.approve(reviewer, s, null);
        broadcasts.transition(s, a, NOW);
        Broadcast r = chain.release(reviewer, a);
        broadcasts.transition(a, r, NOW);
        return r;
    }

    private Broadcast routineToDaxu() {
        return released(Broadcast.draft("r-1", BroadcastKind.ROUTINE, new Content("通知", "明早八点开会", null, null),
                "LC-T-101", "editor", List.of(Target.region(DAXU)), null), DAXU_EDITOR, DAXU_REVIEWER);
    }

    private Broadcast emergency(boolean exercise) {
        EmergencyInfo info = new EmergencyInfo(EmergencyLevel.ORANGE, "山洪", NOW, NOW.plus(Duration.ofHours(1)), null,
                null, exercise);
        return released(Broadcast.draft("e-1", BroadcastKind.EMERGENCY, new Content("山洪预警", "请立即转移", null, null),
                "LC-QXJ", "weather", List.of(Target.terminal("T-DX-1"), Target.terminal("T-LC-1")), info),
                WEATHER_OFFICER, OFFICER);
    }

    private DeliveryState state(String broadcast, String terminal) {
        return deliveries.find(broadcast, terminal).orElseThrow().state();
    }

    private static void await(CompletableFuture<Void> f) throws Exception {
        f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReleasedRoutineBroadcastReachesEveryTerminalInItsTargetsThroughTheirDrivers() throws Exception {
        await(service.deliver(routineToDaxu()));
        assertEquals(1, fake.plays.size());
        PlayRequest p = fake.plays.get(0);
        assertEquals(List.of("T-DX-1"), p.terminals().stream().map(TerminalBinding::terminalId).toList());
        assertEquals("d1", p.terminals().get(0).get("device"));
        assertEquals(List.of("明早八点开会", PlayRequest.ROUTINE), List.of(p.text(), p.priority()));
        assertEquals(DeliveryState.SENT, state("r-1", "T-DX-1"));
        assertEquals(DeliveryState.FAILED, state("r-1", "T-DX-2"));
        assertTrue(deliveries.find("r-1", "T-DX-2").orElseThrow().detail().contains("设备编号 is required"));
        assertEquals(DeliveryState.OFFLINE, state("r-1", "T-DX-3"));
        assertEquals("driver missing: other", deliveries.find("r-1", "T-DX-3").orElseThrow().detail());
        assertTrue(deliveries.find("r-1", "T-LC-1").isEmpty(), "another township's terminal is not touched");

        service.receipt(new Receipt("T-DX-1", "r-1", Receipt.Kind.PLAYED, NOW, ""));
        assertEquals(DeliveryState.PLAYED, state("r-1", "T-DX-1"));
    }

    @Test
    void whenTheMissingDriverArrivesItsWaitingTerminalsAreServed() throws Exception {
        await(service.deliver(routineToDaxu()));
        RecordingDriver other = new RecordingDriver("other");
        registry.add(other);
        await(service.driverAvailable("other"));
        assertEquals(List.of("T-DX-3"), other.plays.get(0).terminals().stream().map(TerminalBinding::terminalId)
                .toList());
        assertEquals(DeliveryState.SENT, state("r-1", "T-DX-3"));
    }

    @Test
    void nothingWithoutReleaseAndApprovalReachesASpeaker() {
        Broadcast draft = Broadcast.draft("r-2", BroadcastKind.ROUTINE, new Content("通知", "内容", null, null),
                "LC-T-101", "editor", List.of(Target.region(DAXU)), null);
        Broadcast approved = chain.approve(DAXU_REVIEWER, chain.submit(DAXU_EDITOR, draft), null);
        assertThrows(ConflictException.class, () -> service.deliver(draft));
        assertThrows(ConflictException.class, () -> service.deliver(approved));
        assertTrue(fake.plays.isEmpty());
        assertTrue(deliveries.of("r-2").isEmpty());
    }

    @Test
    void anEmergencyIsResentUntilPlayedOrExpiredAndAnExerciseSaysSo() throws Exception {
        await(service.deliver(emergency(true)));
        PlayRequest first = fake.plays.get(0);
        assertEquals(PlayRequest.emergencyPriority(2), first.priority());
        assertEquals("【演练】请立即转移", first.text());
        assertEquals(NOW.plus(Duration.ofHours(1)), first.expiresAt());
        service.receipt(new Receipt("T-DX-1", "e-1", Receipt.Kind.PLAYED, NOW, ""));
        service.receipt(new Receipt("T-LC-1", "e-1", Receipt.Kind.ACK, NOW, ""));

        clock.advance(Duration.ofMinutes(4));
        await(service.resendDue());
        assertEquals(1, fake.plays.size(), "not before the interval");
        clock.advance(Duration.ofMinutes(2));
        await(service.resendDue());
        assertEquals(2, fake.plays.size());
        assertEquals(List.of("T-LC-1"), fake.plays.get(1).terminals().stream().map(TerminalBinding::terminalId).toList());
        assertEquals(2, deliveries.find("e-1", "T-LC-1").orElseThrow().attempts());

        clock.advance(Duration.ofHours(1));
        await(service.resendDue());
        assertEquals(2, fake.plays.size(), "expired: no more resends");
    }

    @Test
    void aPlayingTerminalIsResentOnlyAfterTheRecordingsLengthNotTheScriptsEstimate() throws Exception {
        AudioSource tenMinuteRecording = new AudioSource() {
            @Override
            public Broadcast withPlayedAudio(Broadcast b) {
                Content c = b.content();
                return new Broadcast(b.id(), b.kind(), new Content(c.title(), c.text(), "http://audio/1", 600),
                        b.agencyCode(), b.author(), b.targets(), b.emergency(), b.state(), b.history());
            }
        };
        DeliveryService withAudio = new DeliveryService(broadcasts, terminals, deliveries, TestDb.TX, registry,
                dispatcher, new ResendPolicy(Duration.ofMinutes(5), 0), quality(), clock, tenMinuteRecording);
        await(withAudio.deliver(emergency(false)));
        withAudio.receipt(new Receipt("T-DX-1", "e-1", Receipt.Kind.PLAYED, NOW, ""));
        withAudio.receipt(new Receipt("T-LC-1", "e-1", Receipt.Kind.PLAYING, NOW, ""));

        clock.advance(Duration.ofMinutes(14)); // the script alone ("请立即转移") would allow a resend after 5 min
        await(withAudio.resendDue());
        assertEquals(1, fake.plays.size(), "still within interval + the recording's 10 minutes");
        clock.advance(Duration.ofMinutes(2));
        await(withAudio.resendDue());
        assertEquals(2, fake.plays.size());
    }

    @Test
    void anOfflineTerminalIsNotResentUntilItIsBack() throws Exception {
        await(service.deliver(emergency(false)));
        assertEquals("请立即转移", fake.plays.get(0).text());
        service.receipt(new Receipt("T-DX-1", "e-1", Receipt.Kind.PLAYED, NOW, ""));
        service.status(new TerminalStatus("T-LC-1", TerminalStatus.State.OFFLINE, null, NOW, "last will"));
        clock.advance(Duration.ofMinutes(10));
        await(service.resendDue());
        assertEquals(1, fake.plays.size());
        service.status(new TerminalStatus("T-LC-1", TerminalStatus.State.ONLINE, 50, clock.instant(), ""));
        await(service.resendDue());
        assertEquals(2, fake.plays.size());
    }

    @Test
    void cancellingStopsTheBroadcastOnEveryTerminalItWasSentTo() throws Exception {
        Broadcast e = emergency(false);
        await(service.deliver(e));
        Broadcast cancelled = chain.cancel(WEATHER_OFFICER, e, "解除");
        broadcasts.transition(e, cancelled, clock.instant());
        await(service.stopEverywhere(cancelled));
        assertEquals(List.of("e-1@T-DX-1", "e-1@T-LC-1"), fake.stops);
        clock.advance(Duration.ofMinutes(10));
        await(service.resendDue());
        assertEquals(1, fake.plays.size(), "a cancelled emergency is not resent");
    }
}
