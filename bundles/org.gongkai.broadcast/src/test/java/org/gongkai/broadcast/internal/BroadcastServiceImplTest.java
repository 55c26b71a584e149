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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.gongkai.broadcast.BroadcastEvents;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.BroadcastStatistics;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.TerminalImport;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BroadcastServiceImplTest {
    /** A driver with a required device id and a secret key; records plays, answers status ONLINE. */
    static final class Driver implements BroadcastDriver {
        final List<PlayRequest> plays = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String name() {
            return "Fake";
        }

        @Override
        public List<SettingDescriptor> settings() {
            return List.of(SettingDescriptor.string("device", "设备编号", null, true, null),
                    SettingDescriptor.secret("key", "密钥", null, false));
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
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
            return CompletableFuture.completedFuture(new TerminalStatus(terminal.terminalId(),
                    TerminalStatus.State.ONLINE, 60, NOW, ""));
        }
    }

    /** Keeps entries in memory. */
    static final class Audit implements AuditTrail {
        final List<String> entries = new CopyOnWriteArrayList<>();

        @Override
        public AuditEntry append(Actor actor, String action, String objectType, String objectId, String details) {
            entries.add(actor.username() + " " + action + " " + objectId + " " + details);
            return null;
        }

        @Override
        public List<AuditEntry> query(Actor actor, AuditQuery query) {
            return List.of();
        }

        @Override
        public AuditVerification verify() {
            return null;
        }
    }

    static final Actor ADMIN = actor("admin", "LC-GKB", Role.ADMIN);

    private final TestDb.MutableClock clock = new TestDb.MutableClock(NOW);
    private final DriverRegistry registry = new DriverRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry, id -> null, Duration.ofSeconds(2), 2, 100);
    private final Driver driver = new Driver();
    private final Audit audit = new Audit();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final BroadcastServiceImpl service;
    private final TerminalStore terminals;
    private final DeliveryStore deliveries;
    private final Jdbc jdbc;

    BroadcastServiceImplTest() throws IOException {
        DataSource ds = TestDb.emptyDataSource();
        new MigrationRunner(ds).migrate("broadcast", List.of(new MigrationScript(1, "broadcast",
                resource("/db/broadcast/V1__broadcast.sql")), new MigrationScript(2, "content details",
                resource("/db/broadcast/V2__content_details.sql")), new MigrationScript(3, "daily slots",
                resource("/db/broadcast/V3__daily_slots.sql"))));
        Jdbc jdbc = new Jdbc(ds);
        this.jdbc = jdbc;
        BroadcastStore broadcasts = new BroadcastStore(jdbc);
        terminals = new TerminalStore(jdbc);
        deliveries = new DeliveryStore(jdbc);
        DeliveryService delivery = new DeliveryService(broadcasts, terminals, deliveries, TestDb.TX, registry,
                dispatcher, new ResendPolicy(Duration.ofMinutes(5), 0), quality(), clock);
        TargetScope scope = new TargetScope(REGION_SERVICE, terminals::find);
        ReviewChain chain = new ReviewChain(quality(), scope, new ReviewPolicy(true, Set.of("LC-YJGLJ", "LC-QXJ",
                "LC-SLJ")), clock);
        TerminalDesk desk = new TerminalDesk(terminals, registry, dispatcher, REGION_SERVICE,
                new BroadcastAccess(scope), TestDb.TX, audit, delivery::status, clock);
        service = new BroadcastServiceImpl(jdbc, broadcasts, deliveries, chain, scope, delivery, desk,
                new BroadcastStats(broadcasts, deliveries, scope, REGION_SERVICE), new ScheduleDesk(
                        DailySlotsTest.SCHEDULE, new SlotPlaylist(broadcasts, scope, REGION_SERVICE),
                        new JdbcFiredSlots(jdbc), new BroadcastAccess(scope), clock, SHANGHAI), TestDb.TX, audit,
                List.of("通知公告", "政策宣传"), (topic, id) -> events.add(topic + " " + id), clock);
        registry.add(driver);
        service.bindTerminal(ADMIN, new TerminalInput("T-DX-1", "上屯喇叭", DAXU_HAMLET, "fake", Map.of("device", "d1")));
        service.bindTerminal(ADMIN, new TerminalInput("T-DX-2", "大圩村喇叭", DAXU_VILLAGE, "fake",
                Map.of("device", "d2")));
        service.bindTerminal(ADMIN, new TerminalInput("T-LC-1", "凤源村喇叭", FENGYUAN, "fake", Map.of("device", "d3",
                "key", "s3cret")));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BroadcastServiceImplTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void close() {
        dispatcher.close();
    }

    private static DraftInput meeting(String... regions) {
        return new DraftInput("村民大会通知", "通知公告", "明天上午八点在村委会召开村民大会。", "各位村民请注意，明天上午八点召开村民大会。",
                null, null, java.util.Arrays.stream(regions).map(Target::region).toList());
    }

    private static void awaitQuietly() throws InterruptedException {
        Thread.sleep(300);
    }

    @Test
    void aRoutineItemGoesFromDraftToTheSpeakersOfItsTownshipAndEveryStepIsAudited() throws Exception {
        BroadcastView draft = service.createDraft(DAXU_EDITOR, meeting(DAXU));
        String id = draft.broadcast().id();
        assertTrue(id.matches("GB20260701\\d{5}"), id);
        assertEquals(List.of("通知公告", "明天上午八点在村委会召开村民大会。", DAXU),
                List.of(draft.category(), draft.body(), draft.reviewRegion()));

        assertEquals(BroadcastState.SUBMITTED, service.submit(DAXU_EDITOR, id).broadcast().state());
        assertEquals(1, service.list(DAXU_REVIEWER, BroadcastState.SUBMITTED, null, 50).size(), "in the queue");
        assertTrue(service.list(LINGCHUAN_REVIEWER, null, null, 50).isEmpty(), "another township does not see it");
        assertThrows(AccessDeniedException.class, () -> service.approve(LINGCHUAN_REVIEWER, id, null));
        assertEquals(BroadcastState.APPROVED, service.approve(DAXU_REVIEWER, id, "同意").broadcast().state());
        assertEquals(BroadcastState.RELEASED, service.release(DAXU_REVIEWER, id).broadcast().state());
        awaitQuietly();

        assertEquals(1, driver.plays.size());
        assertEquals(List.of("T-DX-1", "T-DX-2"), driver.plays.get(0).terminals().stream()
                .map(TerminalBinding::terminalId).sorted().toList());
        DeliveryReport report = service.delivery(DAXU_REVIEWER, id);
        assertEquals(2, report.total());
        assertEquals(2L, report.counts().get(DeliveryState.SENT));
        DeliveryReport summary = service.deliverySummary(DAXU_REVIEWER, id);
        assertEquals(List.of(2L, 2L, 0), List.of(summary.total(), summary.counts().get(DeliveryState.SENT),
                summary.lines().size()));
        assertEquals("上屯喇叭", report.lines().get(0).terminalName());
        assertEquals(List.of(BroadcastEvents.RELEASED + " " + id), events);
        List<String> actions = audit.entries.stream().filter(e -> e.contains(id)).map(e -> e.split(" ")[1]).toList();
        assertEquals(List.of("BROADCAST_DRAFTED", "BROADCAST_SUBMITTED", "BROADCAST_APPROVED", "BROADCAST_RELEASED"),
                actions);
        assertEquals(1, service.terminalDeliveries(DAXU_EDITOR, "T-DX-1").size());
    }

    @Test
    void anEditorCannotTargetAnotherTownshipAndBadInputIsReportedFieldByField() {
        assertThrows(AccessDeniedException.class, () -> service.createDraft(DAXU_EDITOR, meeting(LINGCHUAN)));
        ValidationException e = assertThrows(ValidationException.class, () -> service.createDraft(DAXU_EDITOR,
                new DraftInput(" ", "娱乐", null, null, null, null, List.of())));
        assertEquals(Set.of("title", "category", "targets"), e.fieldErrors().stream().map(FieldError::field)
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(audit.entries.stream().noneMatch(x -> x.contains("DRAFTED")));
    }

    @Test
    void aRejectedItemGoesBackToTheEditorWhoCanChangeItAndCancellingAReleasedItemStopsIt() throws Exception {
        String id = service.createDraft(DAXU_EDITOR, meeting(DAXU_VILLAGE)).broadcast().id();
        service.submit(DAXU_EDITOR, id);
        assertThrows(ValidationException.class, () -> service.reject(DAXU_REVIEWER, id, " "));
        assertEquals(BroadcastState.DRAFT, service.reject(DAXU_REVIEWER, id, "时间写错了").broadcast().state());
        DraftInput changed = new DraftInput("村民大会改期通知", "通知公告", "改为后天。", "村民大会改为后天召开。", null, null,
                List.of(Target.terminal("T-DX-1")));
        BroadcastView v = service.updateDraft(DAXU_EDITOR, id, changed);
        assertEquals("村民大会改期通知", v.broadcast().content().title());
        assertEquals(List.of(Target.terminal("T-DX-1")), v.broadcast().targets());
        service.submit(DAXU_EDITOR, id);
        service.approve(COUNTY_REVIEWER, id, null);
        service.release(DAXU_EDITOR, id);
        awaitQuietly();
        assertEquals(BroadcastState.CANCELLED, service.cancel(DAXU_REVIEWER, id, "会议取消").broadcast().state());
        assertEquals(BroadcastEvents.CANCELLED + " " + id, events.get(events.size() - 1));
    }

    @Test
    void anEmergencyNeedsOneApprovalByAnotherAuthorisedOfficerAndIsReleasedAtOnceWithEmergencyPriority()
            throws Exception {
        EmergencyInput input = new EmergencyInput("山洪预警", "上游暴雨，沿河群众请立即转移到安全地带。", null, 1, "山洪",
                List.of(Target.region(DAXU)), NOW, NOW.plus(Duration.ofHours(6)), false);
        assertThrows(AccessDeniedException.class, () -> service.issueEmergency(SCHOOL_OFFICER, input),
                "the education bureau is not an authorised agency");
        assertThrows(AccessDeniedException.class, () -> service.issueEmergency(DAXU_EDITOR, input));
        BroadcastView issued = service.issueEmergency(WEATHER_OFFICER, input);
        String id = issued.broadcast().id();
        assertEquals(BroadcastState.SUBMITTED, issued.broadcast().state());
        assertEquals(BroadcastKind.EMERGENCY, issued.broadcast().kind());
        assertThrows(AccessDeniedException.class, () -> service.approve(WEATHER_OFFICER, id, null), "not their own");
        assertThrows(AccessDeniedException.class, () -> service.approve(COUNTY_REVIEWER, id, null));

        BroadcastView released = service.approve(OFFICER, id, null);
        assertEquals(BroadcastState.RELEASED, released.broadcast().state());
        awaitQuietly();
        assertEquals(PlayRequest.emergencyPriority(1), driver.plays.get(0).priority());
        assertEquals(List.of(BroadcastEvents.EMERGENCY_RELEASED + " " + id), events);
        assertEquals(1, service.list(DAXU_EDITOR, null, BroadcastKind.EMERGENCY, 10).size(),
                "every broadcast role sees emergencies");

        ValidationException bad = assertThrows(ValidationException.class, () -> service.issueEmergency(OFFICER,
                new EmergencyInput("预警", "内容", null, 7, " ", List.of(Target.region(DAXU)), NOW, NOW, false)));
        assertTrue(bad.fieldErrors().stream().anyMatch(f -> f.field().equals("emergency.level")));
    }

    @Test
    void aCapAlertBecomesAnEmergencyDraftOfTheImportingOfficer() throws IOException {
        BroadcastView v = service.importCap(WEATHER_OFFICER, resource("/cap/rainstorm-red.xml"));
        assertEquals(BroadcastState.DRAFT, v.broadcast().state());
        assertEquals(BroadcastKind.EMERGENCY, v.broadcast().kind());
        assertEquals("LC-QXJ", v.broadcast().agencyCode());
        assertEquals(BroadcastServiceImpl.EMERGENCY_CATEGORY, v.category());
        assertFalse(v.broadcast().targets().isEmpty());
        assertTrue(audit.entries.stream().anyMatch(e -> e.startsWith("weather BROADCAST_CAP_IMPORTED")));
    }

    @Test
    void secretSettingsAreSealedAtRestAndAMaskSentBackKeepsThem() {
        String raw = jdbc.queryOne("SELECT settings FROM gb_terminal WHERE id = ?", rs -> rs.getString(1), "T-LC-1")
                .orElseThrow();
        assertFalse(raw.contains("s3cret"), raw);
        assertTrue(raw.contains("\"key\":\"v1:"), raw);
        assertTrue(raw.contains("\"device\":\"d3\""), raw);
        assertEquals("s3cret", terminals.find("T-LC-1").orElseThrow().settings().get("key"));
        // the form shows the mask; saving it unchanged keeps the secret, a new value replaces it
        service.bindTerminal(ADMIN, new TerminalInput("T-LC-1", "凤源村一号喇叭", FENGYUAN, "fake",
                Map.of("device", "d3", "key", TerminalSettings.MASK)));
        assertEquals("s3cret", terminals.find("T-LC-1").orElseThrow().settings().get("key"));
        service.bindTerminal(ADMIN, new TerminalInput("T-LC-1", "凤源村一号喇叭", FENGYUAN, "fake",
                Map.of("device", "d3", "key", "n3w")));
        assertEquals("n3w", terminals.find("T-LC-1").orElseThrow().settings().get("key"));
        assertTrue(audit.entries.stream().noneMatch(e -> e.contains("s3cret") || e.contains("n3w")));
    }

    @Test
    void terminalsAreBoundWithValidatedSettingsAndSecretsNeverShow() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.bindTerminal(ADMIN,
                new TerminalInput("bad id!", "", "450323999", "nope", Map.of())));
        assertEquals(Set.of("id", "name", "regionCode", "driverId"), e.fieldErrors().stream().map(FieldError::field)
                .collect(java.util.stream.Collectors.toSet()));
        ValidationException s = assertThrows(ValidationException.class, () -> service.bindTerminal(ADMIN,
                new TerminalInput("T-X", "新喇叭", DAXU_HAMLET, "fake", Map.of("volume", "3"))));
        assertEquals(Set.of("settings.device", "settings.volume"), s.fieldErrors().stream().map(FieldError::field)
                .collect(java.util.stream.Collectors.toSet()));
        assertThrows(AccessDeniedException.class, () -> service.bindTerminal(DAXU_REVIEWER,
                new TerminalInput("T-LC-9", "凤源二", FENGYUAN, "fake", Map.of("device", "x"))));

        TerminalView lc = service.terminals(ADMIN, LINGCHUAN).get(0);
        assertEquals(Map.of("device", "d3", "key", TerminalSettings.MASK), lc.settings());
        assertEquals("凤源村", lc.regionName());
        assertTrue(audit.entries.stream().noneMatch(x -> x.contains("s3cret")));
        assertEquals(List.of("T-DX-2", "T-DX-1"), service.terminals(DAXU_EDITOR, null).stream()
                .map(TerminalView::id).toList(), "an editor sees their township's terminals");
    }

    @Test
    void theCsvImportIsAllOrNothingWithLineNumbers() {
        String bad = "id,name,region_code,driver_id,settings\n"
                + "T-N-1,新一,450323101201001,fake,device=n1\n"
                + "T-N-2,新二,450323999,fake,device=n2\n"
                + "T-N-1,重复,450323101201,fake,device=n3\n"
                + "T-N-4,新四,450323101201,fake,\n";
        ValidationException e = assertThrows(ValidationException.class, () -> service.importTerminals(ADMIN, bad));
        assertEquals(List.of("line[3].region_code", "line[4].id", "line[5].settings.device"), e.fieldErrors()
                .stream().map(FieldError::field).toList());
        assertTrue(e.fieldErrors().get(0).zh().startsWith("第3行"));
        assertTrue(terminals.find("T-N-1").isEmpty(), "nothing written");

        TerminalImport ok = service.importTerminals(ADMIN, "\ufeffid,name,region_code,driver_id,settings\r\n"
                + "T-N-1,\"上屯, 二号\",450323101201001,fake,device=n1;key=k\r\n"
                + "T-DX-2,大圩村喇叭,450323101201,fake,device=d2b\r\n");
        assertEquals(new TerminalImport(1, 1), ok);
        assertEquals("上屯, 二号", terminals.find("T-N-1").orElseThrow().name());
        assertEquals("d2b", terminals.find("T-DX-2").orElseThrow().settings().get("device"));
    }

    @Test
    void theTreeCountsTerminalsByStatusAndARefreshAsksTheDrivers() throws Exception {
        List<RegionTerminals> county = service.terminalTree(ADMIN, COUNTY);
        assertEquals(List.of(LINGCHUAN, DAXU), county.stream().map(RegionTerminals::code).toList());
        assertEquals(List.of(1L, 2L), county.stream().map(RegionTerminals::total).toList());
        assertEquals(2L, county.get(1).byStatus().get(TerminalStatus.State.UNKNOWN));
        assertEquals(3, service.refreshStatus(ADMIN, COUNTY));
        awaitQuietly();
        assertEquals(2L, service.terminalTree(ADMIN, COUNTY).get(1).byStatus().get(TerminalStatus.State.ONLINE));
        assertEquals(List.of("fake"), service.drivers(ADMIN).stream().map(d -> d.id()).toList());
    }

    @Test
    void statisticsCountReleasedItemsByCategoryTownshipAndMonth() throws Exception {
        String id = service.createDraft(DAXU_EDITOR, meeting(DAXU)).broadcast().id();
        service.submit(DAXU_EDITOR, id);
        service.approve(DAXU_REVIEWER, id, null);
        service.release(DAXU_REVIEWER, id);
        service.createDraft(DAXU_EDITOR, meeting(DAXU));
        awaitQuietly();
        BroadcastStatistics s = service.statistics(ADMIN, 2026);
        assertEquals(1, s.released());
        assertEquals(List.of(new BroadcastStatistics.Bucket("通知公告", "通知公告", 1)), s.byCategory());
        assertEquals(List.of(new BroadcastStatistics.Bucket(DAXU, "大圩镇", 1)), s.byTownship());
        assertEquals(1, s.byMonth().get(6).count());
        assertEquals(2L, s.deliveries().get(DeliveryState.SENT));
        assertEquals(0, service.statistics(LINGCHUAN_REVIEWER, 2026).released());
    }
}
