package org.gongkai.platform.internal.calendar;

import java.time.Clock;
import org.gongkai.platform.calendar.WorkingDayCalendar;

/**
 * For other bundles' unit tests (through this module's test-jar): the real calendar over the shipped 2025 and 2026
 * notices, with a given clock. Capabilities test their clocks against it instead of faking the calendar.
 */
public final class TestCalendars {
    private TestCalendars() {
    }

    public static WorkingDayCalendar shipped(Clock clock) {
        return new WorkingDayCalendarImpl(CalendarFixtures.clock(clock), new CalendarFixtures.RecordingAudit(),
                CalendarFixtures.SHIPPED);
    }
}
