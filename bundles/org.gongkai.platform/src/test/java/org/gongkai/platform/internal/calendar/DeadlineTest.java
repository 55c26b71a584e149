package org.gongkai.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.Deadline;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.WorkingDayResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statutory periods with pauses (Art. 33 para 3 consultations, fee notices) over the shipped 2025/2026 notices. Every
 * expected date is counted by hand from the official tables in /work/shared/domain/calendar.md, day by day, in the
 * comment next to it ("=n": n-th counted working day, "pn": n-th paused working day).
 *
 * <p>Rule under test ({@link Pause}): the working days strictly after {@code from} up to and including {@code to} do
 * not count; the day the letter goes out still counts, the day the answer arrives does not.
 */
class DeadlineTest {
    private static WorkingDayCalendarImpl calendar;

    @BeforeAll
    static void load() {
        calendar = CalendarFixtures.shippedCalendar();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Pause pause(String from, String to) {
        return new Pause(d(from), to == null ? null : d(to), "征求第三方意见");
    }

    private static String field(Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals("VALIDATION", e.code());
        return e.fieldErrors().get(0).field();
    }

    // ---- without pauses: the same as addWorkingDays ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 2026-03-02 Mon: 3-03..3-06 =1..4; 3-09..3-13 =5..9; 3-16..3-20 =10..14; 3-23..3-27 =15..19; 3-30 Mon =20
            "2026-03-02, 20, 2026-03-30",
            // 2025-09-26 Fri: 9-27 Sat off; 9-28 Sun make-up =1; 9-29 =2; 9-30 =3; 10-01..10-08 off; 10-09 =4;
            // 10-10 =5; 10-11 Sat make-up =6; 10-13..10-17 =7..11; 10-20..10-24 =12..16; 10-27..10-30 =17..20
            "2025-09-26, 20, 2025-10-30",
            // 2026-02-06 Fri: 2-09..2-13 =1..5; 2-14 Sat make-up =6; 2-15..2-23 春节 off; 2-24..2-27 =7..10;
            // 2-28 Sat make-up =11; 3-01 Sun off; 3-02..3-06 =12..16; 3-09..3-12 =17..20
            "2026-02-06, 20, 2026-03-12",
            // 2026-09-14 Mon: 9-15..9-18 =1..4; 9-19 Sat off; 9-20 Sun make-up =5; 9-21..9-24 =6..9; 9-25..9-27 中秋
            // off; 9-28..9-30 =10..12; 10-01..10-07 国庆 off; 10-08 =13; 10-09 =14; 10-10 Sat make-up =15;
            // 10-11 Sun off; 10-12..10-16 =16..20
            "2026-09-14, 20, 2026-10-16",
            // 2025-01-24 Fri: 1-25 Sat off; 1-26 Sun make-up =1; 1-27 =2; 1-28..2-04 春节 off; 2-05..2-07 =3..5;
            // 2-08 Sat make-up =6
            "2025-01-24, 6, 2025-02-08",
            // received on a holiday: 2025-10-01; 10-02..10-08 off; 10-09 Thu =1
            "2025-10-01, 1, 2025-10-09",
            // zero days: the triggering day itself
            "2026-03-04, 0, 2026-03-04"})
    void withoutPausesTheDeadlineIsAddWorkingDays(LocalDate start, int days, LocalDate due) {
        assertEquals(new Deadline(due, days, 0, false), calendar.deadline(start, days, List.of()));
        assertEquals(new WorkingDayResult(due, false), calendar.addWorkingDays(start, days));
    }

    @Test
    void withoutPausesTheDeadlineIsAddWorkingDaysForRandomStarts() {
        Random random = new Random(20260302L);
        for (int i = 0; i < 300; i++) {
            LocalDate start = d("2025-01-01").plusDays(random.nextInt(800)); // runs into 2027 at times
            int days = random.nextInt(80);
            WorkingDayResult expected = calendar.addWorkingDays(start, days);
            Deadline actual = calendar.deadline(start, days, List.of());
            assertEquals(new Deadline(expected.date(), days, 0, expected.provisional()), actual,
                    () -> start + " + " + days);
            assertFalse(actual.paused());
        }
    }

    // ---- closed pauses -------------------------------------------------------------------------------------------

    @Test
    void aFiveWorkingDayConsultationShiftsTheDueDateByFiveWorkingDays() {
        // start 2026-03-02 Mon, 20 working days, letter to the third party on Tue 3-10, answer on Tue 3-17.
        // 3-03..3-06 =1..4; 3-09 =5; 3-10 =6 (the day the letter goes out counts);
        // paused: 3-11 p1, 3-12 p2, 3-13 p3, (3-14/15 weekend), 3-16 p4, 3-17 p5 (the answer day does not count);
        // 3-18 =7; 3-19 =8; 3-20 =9; 3-23..3-27 =10..14; 3-30 =15; 3-31 =16; 4-01 =17; 4-02 =18; 4-03 Fri =19;
        // 4-04..4-06 清明 off; 4-07 Tue =20.
        // Check: without the pause the due date is 3-30; 5 working days later: 3-31, 4-01, 4-02, 4-03, 4-07.
        Deadline deadline = calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-10", "2026-03-17")));
        assertEquals(new Deadline(d("2026-04-07"), 20, 5, false), deadline);
        assertFalse(deadline.paused());
        assertEquals(calendar.addWorkingDays(d("2026-03-30"), 5).date(), deadline.due());
    }

    @Test
    void aPauseSpanningNationalDay2026ExcludesOnlyItsWorkingDays() {
        // start 2026-09-14 Mon, 20 working days (without pause: 2026-10-16, see above);
        // pause from Tue 9-29 to Fri 10-09 (10 calendar days): working days strictly after 9-29 up to 10-09 are
        // 9-30 Wed, 10-08 Thu, 10-09 Fri = 3 (10-01..10-07 are 国庆 holidays; 10-10 make-up Saturday is after it).
        // 9-15..9-18 =1..4; 9-20 Sun make-up =5; 9-21..9-24 =6..9; 9-25..9-27 中秋 off; 9-28 =10; 9-29 =11;
        // 9-30 p1; 10-01..10-07 off; 10-08 p2; 10-09 p3; 10-10 Sat make-up =12; 10-11 Sun off; 10-12..10-16 =13..17;
        // 10-19 =18; 10-20 =19; 10-21 Wed =20.
        // Check: 10-16 + 3 working days = 10-19, 10-20, 10-21.
        Pause nationalDay = pause("2026-09-29", "2026-10-09");
        assertEquals(new Deadline(d("2026-10-21"), 20, 3, false),
                calendar.deadline(d("2026-09-14"), 20, List.of(nationalDay)));
        assertEquals(3, calendar.workingDaysBetween(nationalDay.from(), nationalDay.to()).days());
    }

    @Test
    void aPauseOfOnlyHolidaysAndWeekendsChangesNothing() {
        // pause from 2026-09-30 Wed to 2026-10-07 Wed: 10-01..10-07 are all 国庆 holidays → 0 working days paused
        assertEquals(new Deadline(d("2026-10-16"), 20, 0, false),
                calendar.deadline(d("2026-09-14"), 20, List.of(pause("2026-09-30", "2026-10-07"))));
    }

    @Test
    void twoPausesAreBothExcluded() {
        // start 2025-04-25 Fri, 20 working days.
        // P1 from Tue 4-29 to Wed 5-07: 4-30 Wed, (5-01..5-05 劳动节 off), 5-06 Tue, 5-07 Wed = 3 working days;
        // P2 from Tue 5-20 to Thu 5-22: 5-21, 5-22 = 2 working days.
        // 4-26 Sat off; 4-27 Sun make-up =1; 4-28 =2; 4-29 =3; 4-30 p1; 5-06 p2; 5-07 p3; 5-08 =4; 5-09 =5;
        // 5-12..5-16 =6..10; 5-19 =11; 5-20 =12; 5-21 p4; 5-22 p5; 5-23 Fri =13; 5-26..5-30 =14..18;
        // 5-31..6-02 端午 off; 6-03 =19; 6-04 Wed =20.
        // Check: without pauses 4-30 =4, 5-06 =5, 5-07 =6, 5-08 =7, 5-09 =8, 5-12..5-16 =9..13, 5-19..5-23 =14..18,
        // 5-26 =19, 5-27 =20; + 5 working days: 5-28, 5-29, 5-30, 6-03, 6-04.
        Pause p1 = pause("2025-04-29", "2025-05-07");
        Pause p2 = pause("2025-05-20", "2025-05-22");
        Deadline expected = new Deadline(d("2025-06-04"), 20, 5, false);
        assertEquals(d("2025-05-27"), calendar.deadline(d("2025-04-25"), 20, List.of()).due());
        assertEquals(expected, calendar.deadline(d("2025-04-25"), 20, List.of(p1, p2)));
        // the order of the list does not matter
        assertEquals(expected, calendar.deadline(d("2025-04-25"), 20, List.of(p2, p1)));
    }

    @Test
    void overlappingPausesExcludeEachWorkingDayOnce() {
        // as the consultation case (3-10..3-17: 5 working days paused) with a fee notice 3-12..3-13 inside it
        assertEquals(new Deadline(d("2026-04-07"), 20, 5, false), calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-10", "2026-03-17"), pause("2026-03-12", "2026-03-13"))));
        // and partly overlapping: 3-10..3-13 and 3-12..3-17 together exclude 3-11..3-17 = 5 working days
        assertEquals(new Deadline(d("2026-04-07"), 20, 5, false), calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-10", "2026-03-13"), pause("2026-03-12", "2026-03-17"))));
    }

    @Test
    void aPauseEntirelyAfterTheDueDateHasNoEffect() {
        // 2026-03-02 + 20 = 2026-03-30 (see above)
        Deadline unpaused = new Deadline(d("2026-03-30"), 20, 0, false);
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-04-01", "2026-04-10"))));
        // a pause starting on the due date itself excludes only days after it
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-30", "2026-04-10"))));
        // nor does a pause that ended before the start, or a pause of zero length (to == from)
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-02-02", "2026-02-27"))));
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-10", "2026-03-10"))));
    }

    @Test
    void pausesJustBeforeTheDueDateShiftItByTheirWorkingDaysOnly() {
        // pause from Fri 3-27 to Sun 3-29: no working day inside (3-28/3-29 weekend) → unchanged 3-30
        assertEquals(new Deadline(d("2026-03-30"), 20, 0, false),
                calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-27", "2026-03-29"))));
        // pause from Thu 3-26 to Mon 3-30: 3-27 p1, 3-30 p2 → counted: ..3-26 =18 (3-23..3-26 =15..18),
        // 3-31 =19, 4-01 =20
        assertEquals(new Deadline(d("2026-04-01"), 20, 2, false),
                calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-26", "2026-03-30"))));
    }

    // ---- open pauses ---------------------------------------------------------------------------------------------

    @Test
    void anOpenPauseBeforeTheDueDateMakesTheDeadlinePaused() {
        // start 2026-03-02, letter out on Tue 3-10, no answer yet: 3-03..3-06 =1..4; 3-09 =5; 3-10 =6; then paused
        Deadline deadline = calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-10", null)));
        assertTrue(deadline.paused());
        assertNull(deadline.due());
        assertEquals(new Deadline(null, 6, 0, false), deadline);
    }

    @Test
    void anOpenPauseStartingOnAWeekendCountsTheWeekAndNothingAfter() {
        // letter out on Sat 3-07: 3-03..3-06 =1..4, then paused
        assertEquals(new Deadline(null, 4, 0, false),
                calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-07", null))));
    }

    @Test
    void anOpenPauseAfterAClosedOneReportsBothCounts() {
        // closed pause 3-03..3-04 (3-04 p1), open pause from 3-10:
        // 3-03 =1 (the letter's day counts); 3-04 p1; 3-05 =2; 3-06 =3; 3-09 =4; 3-10 =5; then paused
        assertEquals(new Deadline(null, 5, 1, false), calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-03", "2026-03-04"), pause("2026-03-10", null))));
    }

    @Test
    void anOpenPauseFromTheDayBeforeTheDueDatePausesIt() {
        // due would be Mon 3-30 (=20); a pause opened on Sun 3-29 covers 3-30: counted up to 3-27 =19
        assertEquals(new Deadline(null, 19, 0, false),
                calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-29", null))));
    }

    @Test
    void anOpenPauseStartingAfterThePeriodWouldEndDoesNotPauseIt() {
        Deadline unpaused = new Deadline(d("2026-03-30"), 20, 0, false);
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-04-15", null))));
        // opened on the due date itself: the due date still counts
        assertEquals(unpaused, calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-30", null))));
        assertFalse(calendar.deadline(d("2026-03-02"), 20, List.of(pause("2026-03-30", null))).paused());
    }

    @Test
    void anOpenPauseOnAShiftedPeriodUsesTheShiftedEnd() {
        // with the 5-day consultation (3-10..3-17) the period ends 4-07; a fee notice opened on 4-03 (=19) pauses it
        assertEquals(new Deadline(null, 19, 5, false), calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-10", "2026-03-17"), pause("2026-04-03", null))));
        // one opened on 4-07 (the shifted due date) does not
        assertEquals(new Deadline(d("2026-04-07"), 20, 5, false), calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-10", "2026-03-17"), pause("2026-04-07", null))));
    }

    // ---- provisional years ---------------------------------------------------------------------------------------

    @Test
    void aDeadlineRunningInto2027IsProvisional() {
        // start 2026-12-10 Thu: 12-11 =1; 12-14..12-18 =2..6; 12-21..12-25 =7..11; 12-28..12-31 =12..15;
        // 2027-01-01 Fri 元旦 (statutory, 2027 provisional) off; 1-02/1-03 weekend; 1-04..1-08 =16..20
        assertEquals(new Deadline(d("2027-01-08"), 20, 0, true), calendar.deadline(d("2026-12-10"), 20, List.of()));
    }

    @Test
    void aPausePushingADeadlineInto2027MakesItProvisional() {
        // start 2026-12-01 Tue, 20 days: without a pause 12-02..12-04 =1..3; 12-07..12-11 =4..8; 12-14..12-18 =9..13;
        // 12-21..12-25 =14..18; 12-28 =19; 12-29 =20 — all in 2026, not provisional.
        assertEquals(new Deadline(d("2026-12-29"), 20, 0, false), calendar.deadline(d("2026-12-01"), 20, List.of()));
        // pause Tue 12-15 .. Tue 12-22: 12-16, 12-17, 12-18, 12-21, 12-22 = p1..p5;
        // 12-02..12-04 =1..3; 12-07..12-11 =4..8; 12-14 =9; 12-15 =10; 12-23 =11; 12-24 =12; 12-25 =13;
        // 12-28..12-31 =14..17; 2027-01-01 off; 1-04 =18; 1-05 =19; 1-06 Wed =20
        assertEquals(new Deadline(d("2027-01-06"), 20, 5, true),
                calendar.deadline(d("2026-12-01"), 20, List.of(pause("2026-12-15", "2026-12-22"))));
    }

    @Test
    void aPausedDeadlineThatAlreadyReached2027IsProvisional() {
        // start 2026-12-10 (see above: 12-31 =15, 1-04 =16, 1-05 =17), open pause from 2027-01-05
        assertEquals(new Deadline(null, 17, 0, true),
                calendar.deadline(d("2026-12-10"), 20, List.of(pause("2027-01-05", null))));
        // but one opened in December 2026 has only seen 2026 days: 12-11 =1, 12-14 =2, paused from 12-15
        assertEquals(new Deadline(null, 2, 0, false),
                calendar.deadline(d("2026-12-10"), 20, List.of(pause("2026-12-14", null))));
    }

    // ---- invalid input -------------------------------------------------------------------------------------------

    @Test
    void aPauseEndingBeforeItStartsIsRejected() {
        assertEquals("pauses", field(() -> calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-17", "2026-03-10")))));
        // also when it is the second of two
        assertEquals("pauses", field(() -> calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("2026-03-03", "2026-03-04"), pause("2026-03-17", "2026-03-16")))));
    }

    @Test
    void negativeDaysAreRejected() {
        assertEquals("days", field(() -> calendar.deadline(d("2026-03-02"), -1, List.of())));
        assertEquals("days", field(() -> calendar.deadline(d("2026-03-02"), Integer.MIN_VALUE, List.of())));
        assertEquals("days", field(() -> calendar.deadline(d("2026-03-02"), CalendarRules.MAX_DAYS + 1, List.of())));
    }

    @Test
    void startAndPauseDatesOutsideTheCalendarAreRejected() {
        assertEquals("start", field(() -> calendar.deadline(null, 20, List.of())));
        assertEquals("start", field(() -> calendar.deadline(d("1999-12-31"), 20, List.of())));
        assertEquals("start", field(() -> calendar.deadline(d("2100-01-01"), 0, List.of())));
        assertEquals("pauses", field(() -> calendar.deadline(d("2026-03-02"), 20,
                List.of(new Pause(null, d("2026-03-10"), "x")))));
        assertEquals("pauses", field(() -> calendar.deadline(d("2026-03-02"), 20,
                List.of(pause("1999-12-31", "2026-03-10")))));
    }

    @Test
    void aDueDateBeyond2099IsRejectedLikeAddWorkingDays() {
        assertEquals("days", field(() -> calendar.addWorkingDays(d("2099-12-30"), 5)));
        assertEquals("days", field(() -> calendar.deadline(d("2099-12-30"), 5, List.of())));
    }
}
