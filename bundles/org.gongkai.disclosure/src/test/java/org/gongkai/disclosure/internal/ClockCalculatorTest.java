package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ClockInput;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.internal.calendar.TestCalendars;
import org.junit.jupiter.api.Test;

/** The clock cases, each computed by hand from the official 2025/2026 notices. */
class ClockCalculatorTest {
    private final WorkingDayCalendar calendar = TestCalendars.shipped(
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    private final ClockCalculator clocks = new ClockCalculator(calendar, 3);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static ClockInput input(String receipt, String correctionOn, String correctedOn, List<Pause> pauses, int ext) {
        return new ClockInput(Channel.IN_PERSON, d(receipt), correctionOn == null ? null : d(correctionOn),
                correctedOn == null ? null : d(correctedOn), pauses, ext);
    }

    @Test
    void plainCaseCrossingTheSpringFestival() {
        // received Fri 2026-02-06: 2-09..2-13 (1-5), 2-14 Sat make-up (6), 2-15..2-23 off, 2-24..2-27 (7-10),
        // 2-28 Sat make-up (11), 3-02..3-06 (12-16), 3-09..3-12 (17-20) → due Thu 2026-03-12
        // correction notice: 7 working days → 2-09..2-13 (5), 2-14 (6), 2-24 (7) → 2026-02-24
        var clock = clocks.compute(input("2026-02-06", null, null, List.of(), 0), d("2026-03-02"));
        assertEquals(d("2026-02-24"), clock.correctionDue());
        assertEquals(d("2026-03-12"), clock.replyDue());
        // from Mon 3-02 to Thu 3-12: 3-03..3-06 (4) + 3-09..3-12 (4) = 8
        assertEquals(8, clock.remainingWorkingDays());
        assertEquals(org.gongkai.disclosure.Clock.Level.NORMAL, clock.level());
        assertTrue(clock.explanation().size() >= 4);
    }

    @Test
    void aCorrectionRestartsTheReplyClockFromTheCorrectedApplication() {
        var waiting = clocks.compute(input("2026-03-02", "2026-03-04", null, List.of(), 0), d("2026-03-05"));
        assertNull(waiting.replyDue());
        assertEquals(org.gongkai.disclosure.Clock.Level.WAITING_FOR_CORRECTION, waiting.level());
        // corrected Mon 2026-04-13 + 20 working days: 4-14..4-17 (4), 4-20..4-24 (9), 4-27..4-30 (13),
        // 5-01..5-05 off, 5-06..5-08 (16), 5-09 Sat make-up (17), 5-11..5-13 (20) → 2026-05-13
        var restarted = clocks.compute(input("2026-03-02", "2026-03-04", "2026-04-13", List.of(), 0), d("2026-04-13"));
        assertEquals(d("2026-05-13"), restarted.replyDue());
    }

    @Test
    void consultationIsNotCountedAndAnOpenConsultationPausesTheClock() {
        // received Mon 2026-03-02, plain due 3-30 (3-03..3-06: 4, 3-09..13: 9, 16..20: 14, 23..27: 19, 3-30: 20)
        assertEquals(d("2026-03-30"), clocks.compute(input("2026-03-02", null, null, List.of(), 0), d("2026-03-02")).replyDue());
        // consultation letter Tue 3-10, answer Tue 3-17: 3-11..3-17 excluded = 5 working days → due 3-30 + 5 = 4-06?
        // 3-31 (1), 4-01 (2), 4-02 (3), 4-03 (4), 4-04..4-06 清明 off, 4-07 (5) → 2026-04-07
        var paused = clocks.compute(input("2026-03-02", null, null,
                List.of(new Pause(d("2026-03-10"), d("2026-03-17"), "征求第三方意见")), 0), d("2026-03-18"));
        assertEquals(d("2026-04-07"), paused.replyDue());
        var open = clocks.compute(input("2026-03-02", null, null,
                List.of(new Pause(d("2026-03-10"), null, "征求第三方意见")), 0), d("2026-03-12"));
        assertNull(open.replyDue());
        assertEquals(org.gongkai.disclosure.Clock.Level.PAUSED, open.level());
        // used 3-03..3-06 and 3-09, 3-10 = 6 working days; 14 left
        assertEquals(14, open.remainingWorkingDays());
    }

    @Test
    void anExtensionAddsAtMostTwentyWorkingDays() {
        // received Mon 2026-09-07 + 40: 9-08..9-11 (4), 14..18 (9), 9-20 Sun make-up (10), 21..24 (14),
        // 9-25..27 中秋 off, 9-28..30 (17), 10-01..10-07 off, 10-08, 10-09 (19), 10-10 Sat make-up (20),
        // 10-12..16 (25), 19..23 (30), 26..30 (35), 11-02..11-06 (40) → 2026-11-06
        var extended = clocks.compute(input("2026-09-07", null, null, List.of(), 20), d("2026-09-07"));
        assertEquals(d("2026-11-06"), extended.replyDue());
        assertThrows(ValidationException.class, () -> clocks.compute(input("2026-09-07", null, null, List.of(), 21),
                d("2026-09-07")));
    }

    @Test
    void overdueAndWarningLevels() {
        var overdue = clocks.compute(input("2026-03-02", null, null, List.of(), 0), d("2026-04-01"));
        assertEquals(org.gongkai.disclosure.Clock.Level.OVERDUE, overdue.level());
        // due 3-30; 3-31 and 4-01 are 2 working days late
        assertEquals(-2, overdue.remainingWorkingDays());
        var warning = clocks.compute(input("2026-03-02", null, null, List.of(), 0), d("2026-03-26"));
        assertEquals(org.gongkai.disclosure.Clock.Level.WARNING, warning.level());
        assertEquals(2, warning.remainingWorkingDays());
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutANoticeIsProvisional() {
        var clock = clocks.compute(input("2026-12-15", null, null, List.of(), 0), d("2026-12-15"));
        assertTrue(clock.provisional());
        assertTrue(clock.explanation().stream().anyMatch(m -> m.zh().contains("暂定")));
    }

    @Test
    void aLaterReplyDateFixedUnderArticle35ReplacesAnEarlierDueDateOnly() {
        var later = clocks.compute(new ClockInput(Channel.IN_PERSON, d("2026-03-02"), null, null, List.of(), 0,
                d("2026-04-20")), d("2026-03-05"));
        assertEquals(d("2026-04-20"), later.replyDue());
        assertTrue(later.explanation().stream().anyMatch(m -> m.zh().contains("第三十五条")));
        var earlier = clocks.compute(new ClockInput(Channel.IN_PERSON, d("2026-03-02"), null, null, List.of(), 0,
                d("2026-03-20")), d("2026-03-05"));
        assertEquals(d("2026-03-30"), earlier.replyDue());
    }

    @Test
    void aFeePauseAcrossNationalDay2025() {
        // held out: received Thu 2025-09-25; 9-26 (1), Sun 9-28 make-up (2), Mon 9-29 fee notice (3);
        // 9-30 .. 10-16 paused (the 10-01..10-08 holiday and the 10-11 make-up fall inside); paid Thu 10-16;
        // 10-17 (4), 10-20..24 (9), 10-27..31 (14), 11-03..07 (19), Mon 11-10 (20) → 2025-11-10
        var clock = clocks.compute(input("2025-09-25", null, null,
                List.of(new Pause(d("2025-09-29"), d("2025-10-16"), "收费通知至缴费")), 0), d("2025-10-17"));
        assertEquals(d("2025-11-10"), clock.replyDue());
    }
}
