package org.gongkai.platform.calendar;

/** A number of working days, and whether it depends on a provisional year. */
public record WorkingDayCount(int days, boolean provisional) {
}
