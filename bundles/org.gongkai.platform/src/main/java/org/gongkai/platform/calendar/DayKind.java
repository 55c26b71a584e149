package org.gongkai.platform.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {
    /** Monday to Friday with no holiday. */
    WORKDAY,
    /** Saturday or Sunday with no adjustment. */
    WEEKEND,
    /** A day off by the official notice (or, in a provisional year, a statutory holiday). */
    HOLIDAY,
    /** A weekend day made a working day by the notice (调休上班). */
    ADJUSTED_WORKDAY
}
