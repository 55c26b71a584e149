package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.PlaySchedule;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.broadcast.SlotState;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TownshipSlot;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Daily slots wired to playback, on H2 with the real stores: a scheduled item waits after release and is sent at
 * each township's own slot time to that township's terminals, exactly once across ticks and restarts; a slot missed
 * beyond the grace window is skipped (audited, not played), within it played late.
 */
class DailySlotsTest {
    /** 07:00, 12:00, 19:00; 大圩镇 plays at 06:30, 12:00, 18:30. Tick 30 s, grace 30 min, look-back 6 h. */
    static final SlotSchedule SCHEDULE = SlotSchedule.fromConfig("07:00,12:00,19:00",
            new String[] {DAXU + ":06:30|12:00|18:30"}, Duration.ofSeconds(30), Duration.ofMinutes(30),
            Duration.ofHours(6));
    private static final LocalDate TOMORROW = LocalDate.of(2026, 7, 2);
    private static final PlaySchedule TOMORROW_MORNING = new PlaySchedule(TOMORROW, DailySlot.MORNING);

    private final TestDb.MutableClock clock = new TestDb.MutableClock(NOW);
    private final DriverRegistry registry = new DriverRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry, id -> null, Duration.ofSeconds(2), 2, 100);
    private final BroadcastServiceImplTest.Driver driver = new BroadcastServiceImplTest.Driver();
    private final BroadcastServiceImplTest.Audit audit = new BroadcastServiceImplTest.Audit();
    private final Jdbc jdbc;
    private final BroadcastStore broadcasts;
    private final DeliveryService delivery;
    private final SlotPlaylist playlist;
    private final BroadcastServiceImpl service;

    DailySlotsTest() throws IOException {
        DataSource ds = TestDb.emptyDataSource();
        new MigrationRunner(ds).migrate("broadcast", List.of(
                new MigrationScript(1, "broadcast", resource("/db/broadcast/V1__broadcast.sql")),
                new MigrationScript(2, "content details", resource("/db/broadcast/V2__content_details.sql")),
                new MigrationScript(3, "daily slots", resource("/db/broadcast/V3__daily_slots.sql"))));
        jdbc = new Jdbc(ds);
        broadcasts = new BroadcastStore(jdbc);
        TerminalStore terminals = new TerminalStore(jdbc);
        DeliveryStore deliveries = new DeliveryStore(jdbc);
        delivery = new DeliveryService(broadcasts, terminals, deliveries, TestDb.TX, registry, dispatcher,
                new ResendPolicy(Duration.ofMinutes(5), 0), quality(), clock);
        TargetScope scope = new TargetScope(REGION_SERVICE, terminals::find);
        ReviewChain chain = new ReviewChain(quality(), scope, new ReviewPolicy(true, Set.of("LC-YJGLJ")), clock);
        TerminalDesk desk = new TerminalDesk(terminals, registry, dispatcher, REGION_SERVICE,
                new BroadcastAccess(scope), TestDb.TX, audit, delivery::status, clock);
        playlist = new SlotPlaylist(broadcasts, scope, REGION_SERVICE);
        service = new BroadcastServiceImpl(jdbc, broadcasts, deliveries, chain, scope, delivery, desk,
                new BroadcastStats(broadcasts, deliveries, scope, REGION_SERVICE), new ScheduleDesk(SCHEDULE, playlist,
                        new JdbcFiredSlots(jdbc), new BroadcastAccess(scope), clock, SHANGHAI), TestDb.TX, audit,
                List.of("通知公告"), (topic, id) -> { }, clock);
        registry.add(driver);
        service.bindTerminal(BroadcastServiceImplTest.ADMIN, new TerminalInput("T-DX-1", "上屯喇叭", DAXU_HAMLET, "fake",
                Map.of("device", "d1")));
        service.bindTerminal(BroadcastServiceImplTest.ADMIN, new TerminalInput("T-DX-2", "大圩村喇叭", DAXU_VILLAGE,
                "fake", Map.of("device", "d2")));
        service.bindTerminal(BroadcastServiceImplTest.ADMIN, new TerminalInput("T-LC-1", "凤源村喇叭", FENGYUAN, "fake",
                Map.of("device", "d3")));
    }

    @AfterEach
    void close() {
        dispatcher.close();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DailySlotsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A new player with its own scheduler and fired-slot record on the same database: a restarted node. */
    private SlotPlayer player() {
        return new SlotPlayer(SCHEDULE, new JdbcFiredSlots(jdbc), SHANGHAI, playlist, broadcasts, delivery, TestDb.TX,
                audit, clock);
    }

    private List<SlotFiring> tickAt(SlotPlayer player, LocalDate day, int hour, int minute) throws Exception {
        clock.set(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant());
        return player.tick().get(5, TimeUnit.SECONDS);
    }

    private static DraftInput meeting(PlaySchedule when, String... regions) {
        return new DraftInput("村民大会通知", "通知公告", null, "各位村民请注意，明天上午八点召开村民大会。", null, null,
                java.util.Arrays.stream(regions).map(Target::region).toList(), when);
    }

    /** Drafted by the township's (or the county's) editor, approved and released by its reviewer. */
    private String released(DraftInput input, boolean county) {
        String id = service.createDraft(county ? COUNTY_EDITOR : DAXU_EDITOR, input).broadcast().id();
        service.submit(county ? COUNTY_EDITOR : DAXU_EDITOR, id);
        service.approve(county ? COUNTY_REVIEWER : DAXU_REVIEWER, id, null);
        assertEquals(BroadcastState.RELEASED, service.release(county ? COUNTY_REVIEWER : DAXU_REVIEWER, id)
                .broadcast().state());
        return id;
    }

    private List<List<String>> played() throws InterruptedException {
        Thread.sleep(200);
        return driver.plays.stream().map(p -> p.terminals().stream().map(TerminalBinding::terminalId).sorted()
                .toList()).toList();
    }

    private static ScheduleBoard.Cell cell(ScheduleBoard board, String township, DailySlot slot) {
        return board.townships().stream().filter(t -> t.code().equals(township)).findFirst().orElseThrow().slots()
                .get(slot.ordinal());
    }

    @Test
    void aTownshipItemForTomorrowMorningWaitsAndPlaysOnlyOnItsTerminalsAtTheTownshipsTime() throws Exception {
        String id = released(meeting(TOMORROW_MORNING, DAXU), false);
        assertEquals(List.of(), played(), "released, but it waits for its slot");
        BroadcastView waiting = service.get(DAXU_EDITOR, id);
        assertEquals(TOMORROW_MORNING, waiting.schedule());
        assertEquals(List.of(new TownshipSlot(DAXU, "大圩镇", LocalTime.of(6, 30), SlotState.UPCOMING, null)),
                waiting.slots());
        assertTrue(waiting.deliveries().isEmpty(), "no delivery planned before the slot");

        SlotPlayer player = player();
        tickAt(player, TOMORROW, 6, 29);
        assertEquals(List.of(), played());
        List<SlotFiring> fired = tickAt(player, TOMORROW, 6, 30);
        assertEquals(List.of(new SlotKey(TOMORROW, DAXU, LocalTime.of(6, 30))), fired.stream().map(SlotFiring::key)
                .toList());
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2")), played(), "大圩镇's terminals only, not 灵川镇's");
        assertEquals(PlayRequest.ROUTINE, driver.plays.get(0).priority());
        tickAt(player, TOMORROW, 7, 0);
        assertEquals(1, played().size(), "灵川镇's 07:00 slot has nothing of 大圩镇's");

        BroadcastView done = service.get(DAXU_EDITOR, id);
        assertEquals(SlotState.ON_TIME, done.slots().get(0).state());
        assertEquals(2L, done.deliveries().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("system " + SlotPlayer.PLAYED + " " + id + " "
                + DAXU + " 2026-07-02 MORNING 06:30 ON_TIME")), audit.entries.toString());
        ScheduleBoard board = service.schedule(DAXU_REVIEWER, TOMORROW, null);
        assertEquals(List.of(DAXU), board.townships().stream().map(ScheduleBoard.Township::code).toList(),
                "township staff see their own township");
        ScheduleBoard.Cell morning = cell(board, DAXU, DailySlot.MORNING);
        assertEquals(List.of(LocalTime.of(6, 30), SlotState.ON_TIME, List.of(id)), List.of(morning.time(),
                morning.state(), morning.items().stream().map(ScheduleBoard.Item::id).toList()));
        assertEquals(SlotState.UPCOMING, cell(board, DAXU, DailySlot.NOON).state());
    }

    @Test
    void aCountyWideItemPlaysInEachTownshipAtThatTownshipsOwnTime() throws Exception {
        String first = released(meeting(TOMORROW_MORNING, COUNTY), true);
        String second = released(meeting(TOMORROW_MORNING, COUNTY), true);
        String evening = released(meeting(new PlaySchedule(TOMORROW, DailySlot.EVENING), COUNTY), true);
        ScheduleBoard before = service.schedule(BroadcastServiceImplTest.ADMIN, TOMORROW, null);
        assertEquals(List.of(LINGCHUAN, DAXU).stream().sorted().toList(), before.townships().stream()
                .map(ScheduleBoard.Township::code).toList());
        assertEquals(List.of(first, second), cell(before, LINGCHUAN, DailySlot.MORNING).items().stream()
                .map(ScheduleBoard.Item::id).toList(), "playlist in release order");
        assertEquals(LocalTime.of(7, 0), cell(before, LINGCHUAN, DailySlot.MORNING).time());

        SlotPlayer player = player();
        tickAt(player, TOMORROW, 6, 30);
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2"), List.of("T-DX-1", "T-DX-2")), played());
        assertEquals(List.of(first, second), driver.plays.stream().map(PlayRequest::broadcastId).toList(),
                "one item after the other in playlist order");
        tickAt(player, TOMORROW, 7, 0);
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2"), List.of("T-DX-1", "T-DX-2"), List.of("T-LC-1"),
                List.of("T-LC-1")), played());
        List<TownshipSlot> slots = service.get(COUNTY_EDITOR, first).slots();
        assertEquals(List.of(LocalTime.of(7, 0), LocalTime.of(6, 30)), slots.stream().map(TownshipSlot::time)
                .toList());
        assertTrue(slots.stream().allMatch(s -> s.state() == SlotState.ON_TIME));
        assertEquals(SlotState.UPCOMING, service.get(COUNTY_EDITOR, evening).slots().get(0).state());
        assertTrue(service.get(COUNTY_EDITOR, evening).deliveries().isEmpty());
    }

    @Test
    void tickingAgainRestartingOrReplayingASlotSendsNothingTwice() throws Exception {
        released(meeting(TOMORROW_MORNING, DAXU), false);
        SlotPlayer player = player();
        List<SlotFiring> fired = tickAt(player, TOMORROW, 6, 30);
        assertEquals(1, played().size());
        assertEquals(List.of(), tickAt(player, TOMORROW, 6, 30), "the same tick again");
        assertEquals(List.of(), tickAt(player(), TOMORROW, 6, 35), "a restarted node on the same database");
        player().play(fired.get(0)).get(5, TimeUnit.SECONDS); // a re-run of the decided slot
        assertEquals(1, played().size());
        assertEquals(1L, jdbc.queryLong("SELECT COUNT(*) FROM gb_slot_fired WHERE slot_date = ? AND township = ?",
                TOMORROW, DAXU), "one record for the morning slot");
    }

    @Test
    void aSlotClaimedByANodeThatDiedBeforeSendingIsCaughtUpWithinGraceOnce() throws Exception {
        String id = released(meeting(TOMORROW_MORNING, DAXU), false);
        Instant slot = LocalDateTime.of(TOMORROW, LocalTime.of(6, 30)).atZone(SHANGHAI).toInstant();
        assertTrue(new JdbcFiredSlots(jdbc).claim(new SlotKey(TOMORROW, DAXU, LocalTime.of(6, 30)),
                SlotFiring.Outcome.ON_TIME, slot), "claimed, then the node died");
        assertEquals(List.of(), tickAt(player(), TOMORROW, 6, 40), "nothing new to decide");
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2")), played(), "but the claimed slot is resumed");
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("system " + SlotPlayer.PLAYED + " " + id + " "
                + DAXU + " 2026-07-02 MORNING 06:30 RESUMED by 10 min, 2 terminal(s)")), audit.entries.toString());
        long audited = audit.entries.size();
        tickAt(player(), TOMORROW, 6, 41);
        assertEquals(1, played().size(), "resuming again sends nothing");
        assertEquals(audited, audit.entries.size(), "and audits nothing");
    }

    @Test
    void aClaimedSlotBeyondTheGraceWindowIsNotResumed() throws Exception {
        released(meeting(TOMORROW_MORNING, DAXU), false);
        new JdbcFiredSlots(jdbc).claim(new SlotKey(TOMORROW, DAXU, LocalTime.of(6, 30)), SlotFiring.Outcome.ON_TIME,
                LocalDateTime.of(TOMORROW, LocalTime.of(6, 30)).atZone(SHANGHAI).toInstant());
        tickAt(player(), TOMORROW, 7, 1);
        assertEquals(List.of(), played());
    }

    @Test
    void anOutageBeyondTheGraceWindowSkipsTheSlotWhichIsAuditedAndNotPlayed() throws Exception {
        String id = released(meeting(TOMORROW_MORNING, DAXU), false);
        List<SlotFiring> fired = tickAt(player(), TOMORROW, 7, 1); // down from before 06:30 until 07:01
        assertEquals(SlotFiring.Outcome.SKIPPED, fired.stream().filter(f -> f.key().township().equals(DAXU))
                .findFirst().orElseThrow().outcome());
        assertEquals(List.of(), played());
        BroadcastView v = service.get(DAXU_EDITOR, id);
        assertEquals(SlotState.SKIPPED, v.slots().get(0).state());
        assertTrue(v.deliveries().isEmpty());
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("system " + SlotPlayer.SKIPPED + " " + id
                + " " + DAXU + " 2026-07-02 MORNING 06:30 missed by 31 min")), audit.entries.toString());
        ScheduleBoard.Cell morning = cell(service.schedule(DAXU_EDITOR, TOMORROW, DAXU), DAXU, DailySlot.MORNING);
        assertEquals(SlotState.SKIPPED, morning.state());
        assertEquals(List.of(id), morning.items().stream().map(ScheduleBoard.Item::id).toList(),
                "the missed item stays on the board");
        tickAt(player(), TOMORROW, 7, 2);
        assertEquals(List.of(), played(), "a skipped slot is never played afterwards");
    }

    @Test
    void anOutageWithinTheGraceWindowPlaysTheSlotLate() throws Exception {
        String id = released(meeting(TOMORROW_MORNING, DAXU), false);
        List<SlotFiring> fired = tickAt(player(), TOMORROW, 6, 59);
        SlotFiring daxu = fired.stream().filter(f -> f.key().township().equals(DAXU)).findFirst().orElseThrow();
        assertEquals(SlotFiring.Outcome.LATE, daxu.outcome());
        assertEquals(Duration.ofMinutes(29), daxu.lateness());
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2")), played());
        assertEquals(SlotState.LATE, service.get(DAXU_EDITOR, id).slots().get(0).state());
    }

    @Test
    void aScheduleIsCheckedAndTownshipStaffScheduleAndSeeOnlyTheirOwnTownship() {
        ValidationException past = assertThrows(ValidationException.class, () -> service.createDraft(DAXU_EDITOR,
                meeting(new PlaySchedule(LocalDate.of(2026, 6, 30), DailySlot.NOON), DAXU)));
        assertEquals(List.of("schedule.date"), past.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(past.fieldErrors().get(0).zh().contains("不能早于今天"));
        ValidationException noSlot = assertThrows(ValidationException.class, () -> service.createDraft(DAXU_EDITOR,
                meeting(new PlaySchedule(TOMORROW, null), DAXU)));
        assertEquals(List.of("schedule.slot"), noSlot.fieldErrors().stream().map(FieldError::field).toList());
        // 10:00 today: this morning's slot has begun, this evening's is ahead
        ValidationException begun = assertThrows(ValidationException.class, () -> service.createDraft(DAXU_EDITOR,
                meeting(new PlaySchedule(LocalDate.of(2026, 7, 1), DailySlot.MORNING), DAXU)));
        assertEquals("该时段已开始：大圩镇 06:30", begun.fieldErrors().get(0).zh());
        assertEquals(DailySlot.EVENING, service.createDraft(DAXU_EDITOR, meeting(new PlaySchedule(
                LocalDate.of(2026, 7, 1), DailySlot.EVENING), DAXU)).schedule().slot());

        assertThrows(AccessDeniedException.class, () -> service.createDraft(DAXU_EDITOR, meeting(TOMORROW_MORNING,
                LINGCHUAN)), "a township's staff cannot schedule another township");
        assertThrows(AccessDeniedException.class, () -> service.schedule(DAXU_EDITOR, TOMORROW, LINGCHUAN));
        assertEquals(Set.of(DAXU, LINGCHUAN), service.schedule(COUNTY_EDITOR, TOMORROW, null).townships().stream()
                .map(ScheduleBoard.Township::code).collect(Collectors.toSet()));
        assertThrows(ValidationException.class, () -> service.schedule(COUNTY_EDITOR, TOMORROW, FENGYUAN),
                "a village is not a township");
    }

    @Test
    void anItemWhoseSlotHasBegunIsNotReleasedAndAnUnscheduledItemStillPlaysAtOnce() throws Exception {
        String id = service.createDraft(DAXU_EDITOR, meeting(TOMORROW_MORNING, DAXU)).broadcast().id();
        service.submit(DAXU_EDITOR, id);
        service.approve(DAXU_REVIEWER, id, null);
        clock.set(Instant.parse("2026-07-01T22:31:00Z")); // 06:31 on the 2nd in Shanghai
        ValidationException late = assertThrows(ValidationException.class, () -> service.release(DAXU_REVIEWER, id));
        assertEquals("schedule.slot", late.fieldErrors().get(0).field());
        assertEquals(BroadcastState.APPROVED, service.get(DAXU_EDITOR, id).broadcast().state(), "nothing written");

        BroadcastView now = service.get(DAXU_EDITOR, released(meeting(null, DAXU), false));
        assertNull(now.schedule());
        assertEquals(List.of(), now.slots());
        assertEquals(List.of(List.of("T-DX-1", "T-DX-2")), played());
    }

    @Test
    void slotTimesComeFromTheConfigurationWithThreeTimesPerTownship() {
        assertEquals(LocalTime.of(18, 30), SCHEDULE.timeOf(DAXU, DailySlot.EVENING).orElseThrow());
        assertEquals(LocalTime.of(19, 0), SCHEDULE.timeOf(LINGCHUAN, DailySlot.EVENING).orElseThrow());
        assertEquals(DailySlot.NOON, SCHEDULE.slotAt(DAXU, LocalTime.NOON).orElseThrow());
        SlotSchedule two = SlotSchedule.fromConfig("07:00,12:00,19:00", new String[] {DAXU + ":06:30|12:00|18:30, "
                + LINGCHUAN + ":07:30|12:30|19:30"}, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(6));
        assertEquals(List.of(LocalTime.of(6, 30), LocalTime.of(7, 30)), List.of(two.timeOf(DAXU, DailySlot.MORNING)
                .orElseThrow(), two.timeOf(LINGCHUAN, DailySlot.MORNING).orElseThrow()), "two overrides in one .cfg line");
        assertThrows(IllegalArgumentException.class, () -> SlotSchedule.fromConfig("07:00,12:00", new String[0],
                Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(6)));
        assertThrows(IllegalArgumentException.class, () -> SlotSchedule.fromConfig("07:00,12:00,19:00",
                new String[] {"大圩:06:30|12:00|18:30"}, Duration.ofSeconds(30), Duration.ofMinutes(30),
                Duration.ofHours(6)));
    }
}
