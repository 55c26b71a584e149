package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.Test;

/** The V1 schema and the stores on H2. */
class StoresTest {
    private final Jdbc jdbc;

    StoresTest() throws IOException {
        DataSource ds = TestDb.emptyDataSource();
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/broadcast/V1__broadcast.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        new MigrationRunner(ds).migrate("broadcast", List.of(new MigrationScript(1, "broadcast", sql)));
        jdbc = new Jdbc(ds);
    }

    @Test
    void aSlotCanBeClaimedOnceEvenByASecondStoreOnTheSameDatabase() {
        SlotKey key = new SlotKey(LocalDate.of(2026, 7, 1), DAXU, LocalTime.of(7, 0));
        assertTrue(new JdbcFiredSlots(jdbc).claim(key, SlotFiring.Outcome.ON_TIME, NOW));
        assertFalse(new JdbcFiredSlots(jdbc).claim(key, SlotFiring.Outcome.LATE, NOW));
        assertTrue(new JdbcFiredSlots(jdbc).claim(new SlotKey(key.date(), LINGCHUAN, key.slot()),
                SlotFiring.Outcome.ON_TIME, NOW));
        assertEquals("ON_TIME", jdbc.queryOne("SELECT outcome FROM gb_slot_fired WHERE township = ?",
                rs -> rs.getString(1), DAXU).orElseThrow());
    }

    @Test
    void theSchedulerOnTheDatabaseFiresASlotOnceAcrossARestart() {
        SlotSchedule schedule = new SlotSchedule(SlotSchedule.parseTimes("07:00,12:00,19:00"), Map.of(),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(6));
        Instant seven = Instant.parse("2026-06-30T23:00:00Z");
        assertEquals(1, new SlotScheduler(schedule, new JdbcFiredSlots(jdbc), SHANGHAI).tick(seven, List.of(DAXU))
                .size());
        assertEquals(0, new SlotScheduler(schedule, new JdbcFiredSlots(jdbc), SHANGHAI).tick(seven.plusSeconds(30),
                List.of(DAXU)).size());
    }

    @Test
    void anEmergencyBroadcastRoundTripsWithTargetsAndHistory() {
        BroadcastStore store = new BroadcastStore(jdbc);
        EmergencyInfo info = new EmergencyInfo(EmergencyLevel.ORANGE, "山洪", NOW, NOW.plusSeconds(7200), "cap-1",
                "qx@example", true);
        Broadcast draft = Broadcast.draft("e-1", BroadcastKind.EMERGENCY, new Content("山洪橙色预警", "请转移", null, null),
                "LC-QXJ", "weather", List.of(Target.region(DAXU), Target.terminal("T-LC-1")), info);
        store.insert(draft, NOW);
        ReviewChain chain = new ReviewChain(quality(), scope(), new ReviewPolicy(false, Set.of("LC-QXJ", "LC-YJGLJ")),
                CLOCK);
        Broadcast submitted = chain.submit(WEATHER_OFFICER, draft);
        store.transition(draft, submitted, NOW);
        Broadcast approved = chain.approve(OFFICER, submitted, "同意发布");
        store.transition(submitted, approved, NOW);

        Broadcast read = store.find("e-1").orElseThrow();
        assertEquals(approved, read);
        assertEquals("同意发布", read.approval().orElseThrow().comment());
        assertEquals(List.of("e-1"), store.idsInState(BroadcastState.APPROVED, BroadcastKind.EMERGENCY));
    }

    @Test
    void aTransitionFromAStaleStateIsAConflictAndWritesNothing() {
        BroadcastStore store = new BroadcastStore(jdbc);
        Broadcast draft = Broadcast.draft("r-1", BroadcastKind.ROUTINE, new Content("通知", "内容", null, null),
                "LC-T-101", "editor", List.of(Target.region(DAXU)), null);
        store.insert(draft, NOW);
        ReviewChain chain = new ReviewChain(quality(), scope(), new ReviewPolicy(false, Set.of()), CLOCK);
        Broadcast submitted = chain.submit(DAXU_EDITOR, draft);
        store.transition(draft, submitted, NOW);
        Broadcast approvedByA = chain.approve(DAXU_REVIEWER, submitted, null);
        Broadcast rejectedByB = chain.reject(DAXU_REVIEWER, submitted, "不同意");
        store.transition(submitted, approvedByA, NOW);
        assertThrows(ConflictException.class, () -> store.transition(submitted, rejectedByB, NOW));
        assertEquals(BroadcastState.APPROVED, store.find("r-1").orElseThrow().state());
        assertEquals(2, store.find("r-1").orElseThrow().history().size());
        assertEquals(null, store.find("r-1").orElseThrow().emergency());
    }

    @Test
    void deliveriesFollowDispatchAndReceiptsAndPlayedStaysPlayed() {
        DeliveryStore d = new DeliveryStore(jdbc);
        d.plan("b-1", List.of("T-1", "T-2", "T-1"), NOW);
        d.plan("b-1", List.of("T-2", "T-3"), NOW);
        assertEquals(List.of("T-1", "T-2", "T-3"), d.of("b-1").stream().map(DeliveryStore.Row::terminalId).toList());
        d.dispatched("b-1", "T-1", DeliveryState.SENT, "", NOW);
        d.dispatched("b-1", "T-2", DeliveryState.OFFLINE, "driver missing", NOW);
        assertEquals(DeliveryState.ACKNOWLEDGED, d.receipt(new Receipt("T-1", "b-1", Receipt.Kind.ACK, NOW, ""), NOW)
                .orElseThrow());
        assertEquals(DeliveryState.PLAYED, d.receipt(new Receipt("T-1", "b-1", Receipt.Kind.PLAYED, NOW, ""), NOW)
                .orElseThrow());
        d.dispatched("b-1", "T-1", DeliveryState.SENT, "resend", NOW.plusSeconds(300));
        DeliveryStore.Row t1 = d.find("b-1", "T-1").orElseThrow();
        assertEquals(DeliveryState.PLAYED, t1.state());
        assertEquals(1, t1.attempts());
        assertEquals(NOW, t1.lastSentAt());
        DeliveryStore.Row t2 = d.find("b-1", "T-2").orElseThrow();
        assertEquals(List.of(DeliveryState.OFFLINE, 0, "driver missing"), List.of(t2.state(), t2.attempts(), t2.detail()));
        assertEquals(List.of("b-1"), d.waitingFor("T-2").stream().map(DeliveryStore.Row::broadcastId).toList());
        assertTrue(d.receipt(new Receipt("T-9", "b-1", Receipt.Kind.ACK, NOW, ""), NOW).isEmpty());
    }

    @Test
    void aDriversLateAnswerDoesNotUndoATerminalsReceipt() {
        DeliveryStore d = new DeliveryStore(jdbc);
        d.plan("b-2", List.of("T-1", "T-2", "T-3"), NOW);
        // the terminal's ACK overtakes the driver's "sent" (receipts and answers come on different threads)
        d.receipt(new Receipt("T-1", "b-2", Receipt.Kind.ACK, NOW, ""), NOW);
        d.receipt(new Receipt("T-2", "b-2", Receipt.Kind.PLAYING, NOW, ""), NOW);
        d.dispatched("b-2", List.of("T-1", "T-2", "T-3"), DeliveryState.SENT, "", NOW);
        assertEquals(DeliveryState.ACKNOWLEDGED, d.find("b-2", "T-1").orElseThrow().state());
        assertEquals(DeliveryState.PLAYING, d.find("b-2", "T-2").orElseThrow().state());
        assertEquals(DeliveryState.SENT, d.find("b-2", "T-3").orElseThrow().state());
        assertEquals(List.of(1, 1, 1), List.of(d.find("b-2", "T-1").orElseThrow().attempts(),
                d.find("b-2", "T-2").orElseThrow().attempts(), d.find("b-2", "T-3").orElseThrow().attempts()));
    }

    @Test
    void terminalsKeepTheirSettingsAndStatusAndAreFoundByRegionPrefix() {
        TerminalStore t = new TerminalStore(jdbc);
        t.insert(new Terminal("T-DX-1", "上屯喇叭", DAXU_HAMLET, "mqtt", Map.of("group", "daxu", "volumeMax", "31")), NOW);
        t.insert(new Terminal("T-LC-1", "凤源村喇叭", FENGYUAN, "mqtt", Map.of()), NOW);
        assertEquals(Map.of("group", "daxu", "volumeMax", "31"), t.find("T-DX-1").orElseThrow().settings());
        assertEquals(List.of("T-DX-1"), t.inRegion(DAXU).stream().map(Terminal::id).toList());
        assertEquals(2, t.inRegion(COUNTY).size());
        assertEquals(2, t.ofDriver("mqtt").size());
        assertEquals(TerminalStatus.State.UNKNOWN, t.lastStatus("T-DX-1").orElseThrow().state());
        t.status(new TerminalStatus("T-DX-1", TerminalStatus.State.ONLINE, 70, NOW, ""));
        TerminalStatus s = t.lastStatus("T-DX-1").orElseThrow();
        assertEquals(List.of(TerminalStatus.State.ONLINE, 70, NOW), List.of(s.state(), s.volumePercent(), s.at()));
    }
}
