package org.gongkai.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.DayKind;
import org.gongkai.platform.internal.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notices dropped into the calendar folder, rescans, broken files and the admin upload. */
class CalendarLoadingTest {
    /** A small made-up 2027 notice: 元旦 Fri–Sun 1-01..1-03 and a make-up Saturday 2027-02-20. */
    static final String NOTICE_2027 = """
            {"year": 2027, "papers": ["测试通知 2027"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
              {"name": "春节", "date": "2027-02-05", "isOffDay": true},
              {"name": "春节", "date": "2027-02-20", "isOffDay": false}
            ]}
            """;

    @TempDir
    Path dir;
    CalendarFixtures.RecordingAudit audit;
    WorkingDayCalendarImpl calendar;

    @BeforeEach
    void setUp() throws IOException {
        Files.write(dir.resolve("2025.json"), CalendarFixtures.shipped(2025));
        Files.write(dir.resolve("2026.json"), CalendarFixtures.shipped(2026));
        audit = new CalendarFixtures.RecordingAudit();
        calendar = new WorkingDayCalendarImpl(CalendarFixtures.clock(TestDb.fixedClock()), audit, dir);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aNoticeDroppedIntoTheFolderIsPickedUpByReload() throws IOException {
        assertTrue(calendar.year(2027).provisional());
        assertEquals(List.of(2025, 2026), calendar.loadedYears());

        Files.writeString(dir.resolve("2027.json"), NOTICE_2027, StandardCharsets.UTF_8);
        assertArrayEquals(new int[] {2027}, calendar.reload());

        CalendarYear y = calendar.year(2027);
        assertFalse(y.provisional());
        assertEquals("测试通知 2027", y.source());
        assertEquals(5, y.days().size());
        assertEquals(List.of(2025, 2026, 2027), calendar.loadedYears());
        assertEquals(DayKind.ADJUSTED_WORKDAY, calendar.describe(d("2027-02-20")).kind());
        assertFalse(calendar.describe(d("2027-02-20")).provisional());
        // the notice replaces the provisional rules: 2027-02-08 (初三) is an ordinary Monday in this made-up notice
        assertEquals(DayKind.WORKDAY, calendar.describe(d("2027-02-08")).kind());
        // a deadline from December 2026 into January 2027 is no longer provisional
        assertFalse(calendar.addWorkingDays(d("2026-12-31"), 1).provisional());
        assertEquals(d("2027-01-04"), calendar.addWorkingDays(d("2026-12-31"), 1).date());

        assertArrayEquals(new int[0], calendar.reload(), "nothing changed on a second scan");
    }

    @Test
    void aChangedNoticeIsReportedAsChangedAndARemovedOneMakesTheYearProvisionalAgain() throws IOException {
        Files.writeString(dir.resolve("2027.json"), NOTICE_2027, StandardCharsets.UTF_8);
        calendar.reload();
        Files.writeString(dir.resolve("2027.json"), NOTICE_2027.replace("测试通知 2027", "测试通知 2027（修订）"),
                StandardCharsets.UTF_8);
        assertArrayEquals(new int[] {2027}, calendar.reload());
        assertEquals("测试通知 2027（修订）", calendar.year(2027).source());

        Files.delete(dir.resolve("2027.json"));
        assertArrayEquals(new int[] {2027}, calendar.reload());
        assertTrue(calendar.year(2027).provisional());
    }

    @Test
    void aMalformedNewFileIsIgnoredAndThePreviousDataKept() throws IOException {
        Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"days\": [ {\"name\": ", StandardCharsets.UTF_8);
        assertArrayEquals(new int[0], calendar.reload());
        assertTrue(calendar.year(2027).provisional());
        assertEquals(List.of(2025, 2026), calendar.loadedYears());
        assertEquals(DayKind.HOLIDAY, calendar.describe(d("2026-02-16")).kind());
    }

    @Test
    void aLoadedNoticeOverwrittenByAMalformedFileKeepsThePreviousData() throws IOException {
        Files.writeString(dir.resolve("2027.json"), NOTICE_2027, StandardCharsets.UTF_8);
        calendar.reload();
        assertFalse(calendar.year(2027).provisional());

        Files.writeString(dir.resolve("2027.json"), "this is not JSON", StandardCharsets.UTF_8);
        calendar.reload();

        assertFalse(calendar.year(2027).provisional(), "the previous 2027 notice must stay in force");
        assertEquals(DayKind.ADJUSTED_WORKDAY, calendar.describe(d("2027-02-20")).kind());
        assertEquals(List.of(2025, 2026, 2027), calendar.loadedYears());
    }

    @Test
    void aMissingFolderMakesEveryYearProvisional() {
        WorkingDayCalendarImpl empty = new WorkingDayCalendarImpl(CalendarFixtures.clock(TestDb.fixedClock()),
                audit, dir.resolve("does-not-exist"));
        assertEquals(List.of(), empty.loadedYears());
        assertTrue(empty.year(2026).provisional());
        // statutory only: 2026-01-02 (a bridging Friday in the notice) is an ordinary working day
        assertEquals(DayKind.WORKDAY, empty.describe(d("2026-01-02")).kind());
        assertEquals(DayKind.HOLIDAY, empty.describe(d("2026-01-01")).kind());
    }

    @Test
    void anAdminUploadStoresTheNoticeAuditsItAndReloads() throws IOException {
        CalendarYear y = calendar.loadNotice(TestDb.ADMIN, NOTICE_2027.getBytes(StandardCharsets.UTF_8));
        assertEquals(2027, y.year());
        assertFalse(y.provisional());
        assertTrue(Files.isRegularFile(dir.resolve("2027.json")));
        assertFalse(calendar.year(2027).provisional());
        assertEquals(1, audit.entries.size());
        AuditEntry e = audit.entries.get(0);
        assertEquals(AuditActions.CALENDAR_LOADED, e.action());
        assertEquals("calendar", e.objectType());
        assertEquals("2027", e.objectId());
        assertEquals("admin", e.actor());
        assertTrue(e.details().contains("sha256="), e.details());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void anUploadByANonAdminIsRefusedAndAnInvalidOneRejectedWithoutWriting() {
        assertThrows(AccessDeniedException.class,
                () -> calendar.loadNotice(TestDb.HANDLER, NOTICE_2027.getBytes(StandardCharsets.UTF_8)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> calendar.loadNotice(TestDb.ADMIN, "{\"year\": 2027}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("notice", e.fieldErrors().get(0).field());
        assertFalse(Files.exists(dir.resolve("2027.json")));
        assertTrue(audit.entries.isEmpty());
        assertTrue(calendar.year(2027).provisional());
    }
}
