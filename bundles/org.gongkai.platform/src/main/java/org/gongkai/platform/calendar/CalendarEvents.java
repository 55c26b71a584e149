package org.gongkai.platform.calendar;

/**
 * EventAdmin topics of the calendar. Capabilities that hold deadlines listen to {@link #CHANGED} and recompute their
 * open deadlines; a deadline that was already printed in a letter and now differs is flagged by its owner.
 */
public final class CalendarEvents {
    /** Posted when a year's notice was loaded, replaced or removed; property {@link #YEARS} lists the years (int[]). */
    public static final String CHANGED = "org/gongkai/platform/CALENDAR_CHANGED";
    public static final String YEARS = "years";

    private CalendarEvents() {
    }
}
