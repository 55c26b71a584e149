package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.internal.calendar.TestCalendars;
import org.junit.jupiter.api.Test;

/** Delegation changes who handles a case, never its statutory clock (it runs from the government's receipt). */
class DelegationClockTest {
    private final WorkingDayCalendar calendar = TestCalendars.shipped(
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    private final ClockCalculator clocks = new ClockCalculator(calendar, 3);

    private static AppRow received(LocalDate receipt) {
        AppRow.Intake in = new AppRow.Intake(Channel.IN_PERSON, receipt, null, null, receipt,
                ApplicantType.NATURAL_PERSON, "魏某", "RESIDENT_ID", "enc", "4507**********1234", "key", null, null, null,
                "八里街开发区某地块征地补偿方案", RequiredForm.PAPER, ReceiveBy.POST, "LC-GKB", "STAFF");
        return new AppRow(1, "YS20260206001", in, AppRow.Flow.start(Stage.REGISTERED));
    }

    @Test
    void delegatedCaseKeepsTheGovernmentsDueDate() {
        AppRow gov = received(LocalDate.of(2026, 2, 6));
        // delegated on 2026-02-27, three weeks after the government received it
        AppRow zone = gov.withHandling(new AppRow.Handling("LC-DZ-BLJ", Instant.parse("2026-02-27T01:00:00Z"), "县政府",
                "桂林市人民政府"));
        LocalDate today = LocalDate.of(2026, 3, 2);

        // hand-computed in ClockCalculatorTest: received Fri 2026-02-06 → due Thu 2026-03-12 (Spring Festival between)
        assertEquals(LocalDate.of(2026, 3, 12), clocks.compute(DisclosureServiceImpl.clockInput(gov, List.of()), today)
                .replyDue());
        assertEquals(LocalDate.of(2026, 3, 12), clocks.compute(DisclosureServiceImpl.clockInput(zone, List.of()), today)
                .replyDue());
        assertEquals(DisclosureServiceImpl.clockInput(gov, List.of()), DisclosureServiceImpl.clockInput(zone, List.of()));
    }

    @Test
    void workflowChangesKeepTheDelegationAndRecallKeepsTheClock() {
        AppRow.Handling h = new AppRow.Handling("LC-DZ-BLJ", Instant.parse("2026-02-27T01:00:00Z"), "县政府", "桂林市人民政府");
        AppRow zone = received(LocalDate.of(2026, 2, 6)).withHandling(h).withStage(Stage.DRAFTING).withExtension(5)
                .withReplyDue(LocalDate.of(2026, 3, 19));

        assertEquals(h, zone.handling());
        AppRow recalled = zone.withHandling(AppRow.Handling.NONE);
        assertFalse(recalled.handling().delegated());
        assertEquals(zone.flow(), recalled.flow());
        assertEquals(LocalDate.of(2026, 3, 19), recalled.replyDue());
    }

    @Test
    void overdueMeansTheReplyDatePassedBeforeClosingOrBeforeToday() {
        LocalDate due = LocalDate.of(2026, 3, 12);
        assertFalse(DelegationDesk.overdue(due, due, LocalDate.of(2026, 4, 1)), "replied on the last day");
        assertTrue(DelegationDesk.overdue(due, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 1)));
        assertFalse(DelegationDesk.overdue(due, null, LocalDate.of(2026, 3, 12)), "open, due today");
        assertTrue(DelegationDesk.overdue(due, null, LocalDate.of(2026, 3, 13)));
        assertFalse(DelegationDesk.overdue(null, null, LocalDate.of(2026, 3, 13)), "waiting for a correction");
    }
}
