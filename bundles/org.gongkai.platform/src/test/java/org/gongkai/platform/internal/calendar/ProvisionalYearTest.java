package org.gongkai.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.DayInfo;
import org.gongkai.platform.calendar.DayKind;
import org.gongkai.platform.calendar.SpecialDay;
import org.gongkai.platform.calendar.WorkingDayResult;
import org.gongkai.platform.internal.TestDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Years without a loaded notice: weekends and the statutory holidays of the 2024 revision are off (元旦; 春节 除夕 and
 * 初一–初三; 清明; 劳动节 1–2 May; 端午; 中秋; 国庆 1–3 Oct), no 调休 is known, and everything touching them is
 * provisional. The lunar and solar-term dates below are the published ones (not derived from the code under test):
 * 2027 春节 初一 = 6 Feb (除夕 5 Feb), 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep; 2028 春节 初一 = 26 Jan (除夕 25 Jan),
 * 清明 4 Apr, 端午 28 May, 中秋 3 Oct (the same day as 国庆's third day).
 */
class ProvisionalYearTest {
    private static WorkingDayCalendarImpl calendar;

    @BeforeAll
    static void load() {
        calendar = CalendarFixtures.shippedCalendar();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void year2027IsProvisionalAndListsTheStatutoryHolidaysOutsideSpringFestival() {
        CalendarYear y = calendar.year(2027);
        assertTrue(y.provisional());
        assertTrue(y.source().contains("provisional"), y.source());
        Map<LocalDate, String> days = y.days().stream().filter(s -> s.date().getMonthValue() != 2)
                .collect(Collectors.toMap(SpecialDay::date, SpecialDay::name, (a, b) -> a, TreeMap::new));
        Map<LocalDate, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry(d("2027-01-01"), "元旦"),
                Map.entry(d("2027-04-05"), "清明节"),
                Map.entry(d("2027-05-01"), "劳动节"), Map.entry(d("2027-05-02"), "劳动节"),
                Map.entry(d("2027-06-09"), "端午节"),
                Map.entry(d("2027-09-15"), "中秋节"),
                Map.entry(d("2027-10-01"), "国庆节"), Map.entry(d("2027-10-02"), "国庆节"),
                Map.entry(d("2027-10-03"), "国庆节")));
        assertEquals(expected, days);
        assertTrue(y.days().stream().allMatch(SpecialDay::offDay), "no adjusted working day is known in advance");
        assertEquals(13, y.days().size(), "9 days above + 4 days of 春节, each listed once");
        assertEquals(4, y.days().stream().filter(s -> s.name().equals("春节")).count());
    }

    @Test
    void springFestival2027IsFromChuxiFifthToChusanEighthOfFebruary() {
        List<LocalDate> spring = calendar.year(2027).days().stream().filter(s -> s.name().equals("春节"))
                .map(SpecialDay::date).toList();
        assertEquals(List.of(d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08")), spring);
        for (String day : List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08")) {
            DayInfo info = calendar.describe(d(day));
            assertEquals(DayKind.HOLIDAY, info.kind(), day);
            assertEquals("春节", info.name(), day);
            assertTrue(info.provisional(), day);
        }
        assertEquals(DayKind.WORKDAY, calendar.describe(d("2027-02-09")).kind(), "Tuesday after 初三 is a working day");
        // 2027-02-04 Thu: 2-05 除夕 off, 2-06..2-08 初一..初三 off (2-06/07 also weekend); 2-09 Tue = 1
        assertEquals(new WorkingDayResult(d("2027-02-09"), true), calendar.addWorkingDays(d("2027-02-04"), 1));
        // 2027-02-03 Wed: 2-04 Thu = 1; 2-05 除夕 off; weekend/初一..初三; 2-09 = 2
        assertEquals(d("2027-02-09"), calendar.addWorkingDays(d("2027-02-03"), 2).date());
    }

    @Test
    void midAutumn2028FallsOnNationalDayAndIsStillOff() {
        List<LocalDate> all = StatutoryHolidays.of(2028).stream().map(SpecialDay::date).toList();
        assertTrue(all.contains(d("2028-10-03")));
        DayInfo info = calendar.describe(d("2028-10-03"));
        assertEquals(DayKind.HOLIDAY, info.kind());
        assertTrue(List.of("中秋节", "国庆节").contains(info.name()) || info.name().contains("国庆"), info.name());
        // 中秋 is not placed on a wrong day in 2028 (e.g. a month early because of the leap 5th month)
        assertEquals(DayKind.WORKDAY, calendar.describe(d("2028-09-04")).kind());
        assertEquals(DayKind.WORKDAY, calendar.describe(d("2028-10-04")).kind()); // Wednesday after 国庆
    }

    @Test
    void lunarAndSolarTermDatesMatchThePublishedOnes() {
        assertEquals(d("2027-06-09"), StatutoryHolidays.lunar(2027, 5, 5, d("2027-05-20")));
        assertEquals(d("2027-09-15"), StatutoryHolidays.lunar(2027, 8, 15, d("2027-09-01")));
        assertEquals(d("2028-01-26"), StatutoryHolidays.lunar(2028, 1, 1, d("2028-01-15")));
        assertEquals(d("2028-05-28"), StatutoryHolidays.lunar(2028, 5, 5, d("2028-05-20")));
        assertEquals(d("2028-10-03"), StatutoryHolidays.lunar(2028, 8, 15, d("2028-09-01")));
        // and the official notices agree with the statutory computation for the years we have
        assertEquals(d("2025-01-29"), StatutoryHolidays.lunar(2025, 1, 1, d("2025-01-15")));
        assertEquals(d("2026-02-17"), StatutoryHolidays.lunar(2026, 1, 1, d("2026-01-15")));
        assertEquals(d("2025-05-31"), StatutoryHolidays.lunar(2025, 5, 5, d("2025-05-20")));
        assertEquals(d("2026-06-19"), StatutoryHolidays.lunar(2026, 5, 5, d("2026-05-20")));
        assertEquals(d("2025-10-06"), StatutoryHolidays.lunar(2025, 8, 15, d("2025-09-01")));
        assertEquals(d("2026-09-25"), StatutoryHolidays.lunar(2026, 8, 15, d("2026-09-01")));
        assertEquals(d("2025-04-04"), StatutoryHolidays.qingming(2025));
        assertEquals(d("2026-04-05"), StatutoryHolidays.qingming(2026));
        assertEquals(d("2027-04-05"), StatutoryHolidays.qingming(2027));
        assertEquals(d("2028-04-04"), StatutoryHolidays.qingming(2028));
    }

    @Test
    void theStatutoryHolidaysOfLoadedYearsAreAllOffInTheirNotices() {
        // a cross-check between the two sources: every statutory day of 2025/2026 is a holiday in the notice
        for (int year : new int[] {2025, 2026}) {
            for (SpecialDay s : StatutoryHolidays.of(year)) {
                assertEquals(DayKind.HOLIDAY, calendar.describe(s.date()).kind(), s.toString());
            }
        }
    }

    @Test
    void ordinaryWeekdaysOfAProvisionalYearAreWorkingDaysAndWeekendsAreOff() {
        DayInfo monday = calendar.describe(d("2027-03-01"));
        assertEquals(DayKind.WORKDAY, monday.kind());
        assertTrue(monday.workingDay());
        assertTrue(monday.provisional());
        DayInfo saturday = calendar.describe(d("2027-03-06"));
        assertEquals(DayKind.WEEKEND, saturday.kind());
        assertTrue(saturday.provisional());
    }

    @Test
    void deadlinesRunningIntoAProvisionalYearAreProvisionalAndSkipItsHolidays() {
        // 2027-09-14 Tue: 9-15 Wed 中秋 off; 9-16 Thu =1; 9-17 Fri =2; weekend; 9-20 Mon =3
        assertEquals(d("2027-09-20"), calendar.addWorkingDays(d("2027-09-14"), 3).date());
        assertTrue(calendar.addWorkingDays(d("2027-09-14"), 3).provisional());
        // 2027-09-30 Thu: 10-01 Fri..10-03 Sun off; 10-04 Mon =1
        assertEquals(d("2027-10-04"), calendar.addWorkingDays(d("2027-09-30"), 1).date());
        // one entirely within 2026 is firm
        assertFalse(calendar.addWorkingDays(d("2026-11-02"), 20).provisional());
    }

    // ---- the statutory dates of every year the calendar accepts, against an independent reference ----------------

    /** Years where ICU4J's ChineseCalendar is a day off (new moon within minutes of midnight, Beijing time). */
    static final List<Integer> ICU_WRONG_YEARS = List.of(2027, 2030);

    static Stream<Arguments> reference(boolean wrongYears) {
        return TestDb.resource("calendar/statutory-reference.csv").lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("year") && !l.isBlank())
                .map(l -> l.split(","))
                .filter(f -> ICU_WRONG_YEARS.contains(Integer.parseInt(f[0])) == wrongYears)
                .map(f -> Arguments.of(Integer.parseInt(f[0]), d(f[1]), d(f[2]), d(f[3]), d(f[4])));
    }

    /** ICU4J, an independent algorithm, agrees with the shipped table in every other year: a guard against typos. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceYears")
    void theShippedTableAgreesWithIcuOutsideItsKnownErrorYears(int year, LocalDate newYear, LocalDate dragonBoat,
            LocalDate midAutumn, LocalDate qingming) {
        assertEquals(newYear, StatutoryHolidays.lunar(year, 1, 1, LocalDate.of(year, 1, 15)));
        assertEquals(dragonBoat, StatutoryHolidays.lunar(year, 5, 5, LocalDate.of(year, 5, 20)));
        assertEquals(midAutumn, StatutoryHolidays.lunar(year, 8, 15, LocalDate.of(year, 9, 1)));
        assertEquals(qingming, StatutoryHolidays.qingming(year));
    }

    static Stream<Arguments> referenceYears() {
        return reference(false);
    }

    static Stream<Arguments> referenceYearsIcuGetsWrong() {
        return reference(true);
    }

    @ParameterizedTest(name = "{0}: 初一 {1}, 端午 {2}, 中秋 {3}, 清明 {4}")
    @MethodSource("referenceYears")
    void statutoryHolidaysMatchTheReferenceCalendar(int year, LocalDate newYear, LocalDate dragonBoat,
            LocalDate midAutumn, LocalDate qingming) {
        assertStatutory(year, newYear, dragonBoat, midAutumn, qingming);
    }

    @ParameterizedTest(name = "{0}: 初一 {1}")
    @MethodSource("referenceYearsIcuGetsWrong")
    void statutoryHolidaysMatchTheReferenceCalendarInNewMoonNearMidnightYears(int year, LocalDate newYear,
            LocalDate dragonBoat, LocalDate midAutumn, LocalDate qingming) {
        assertStatutory(year, newYear, dragonBoat, midAutumn, qingming);
    }

    private static void assertStatutory(int year, LocalDate newYear, LocalDate dragonBoat, LocalDate midAutumn,
            LocalDate qingming) {
        List<SpecialDay> days = StatutoryHolidays.of(year);
        List<LocalDate> spring = days.stream().filter(s -> s.name().equals("春节")).map(SpecialDay::date).toList();
        assertAll(
                () -> assertEquals(List.of(newYear.minusDays(1), newYear, newYear.plusDays(1), newYear.plusDays(2)),
                        spring, "春节 除夕..初三"),
                () -> assertEquals(List.of(dragonBoat), dates(days, "端午节"), "端午"),
                () -> assertEquals(List.of(midAutumn), dates(days, "中秋节"), "中秋"),
                () -> assertEquals(List.of(qingming), dates(days, "清明节"), "清明"),
                () -> assertEquals(List.of(LocalDate.of(year, 1, 1)), dates(days, "元旦")),
                () -> assertEquals(List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)), dates(days, "劳动节")),
                () -> assertEquals(List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2),
                        LocalDate.of(year, 10, 3)), dates(days, "国庆节")),
                () -> assertTrue(days.stream().allMatch(SpecialDay::offDay)));
    }

    private static List<LocalDate> dates(List<SpecialDay> days, String name) {
        return days.stream().filter(s -> s.name().equals(name)).map(SpecialDay::date).toList();
    }
}
