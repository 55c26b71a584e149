package org.gongkai.platform.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one working-day calendar: the only place in Gongkai that decides whether a day is a working day.
 *
 * <p>Counting rule: a period of n working days triggered on day D starts on the day after D (D itself is not counted)
 * and ends on the n-th working day after D. Official holidays and adjusted working days (调休) come from the loaded
 * notices; a year without a loaded notice is <em>provisional</em>: weekends and the statutory holidays are off, the
 * 调休 arrangement is unknown, and every result touching that year says so.
 */
@ProviderType
public interface WorkingDayCalendar {

    /** All legal dates are in this zone, whatever the machine's time zone. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The day {@code days} working days after {@code from}; {@code days = 0} answers {@code from} itself. */
    WorkingDayResult addWorkingDays(LocalDate from, int days);

    /**
     * The end of a period of {@code days} working days starting after {@code start}, not counting the working days
     * inside the pauses. While a pause is open the deadline is undetermined ({@link Deadline#paused()}).
     */
    Deadline deadline(LocalDate start, int days, java.util.List<Pause> pauses);

    /** Working days strictly after {@code from} up to and including {@code to} (0 if {@code to <= from}). */
    WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to);

    /** What the calendar knows about one day. */
    DayInfo describe(LocalDate date);

    /** The special days of a year (holidays and adjusted working days), loaded or provisional. */
    CalendarYear year(int year);

    /** Years whose official notice is loaded, ascending. */
    List<Integer> loadedYears();

    /** Today in Asia/Shanghai by the platform clock. */
    LocalDate today();
}
