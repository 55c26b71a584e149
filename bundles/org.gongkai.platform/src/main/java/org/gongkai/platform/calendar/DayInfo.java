package org.gongkai.platform.calendar;

import java.time.LocalDate;

/**
 * One day as the calendar sees it.
 *
 * @param name the holiday's name (e.g. 春节) for a holiday or an adjusted working day, otherwise null
 * @param kind why the day is or is not a working day
 * @param provisional true when the day's year has no loaded notice
 */
public record DayInfo(LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {
}
