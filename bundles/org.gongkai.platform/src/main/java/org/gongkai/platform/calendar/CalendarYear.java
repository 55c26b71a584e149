package org.gongkai.platform.calendar;

import java.util.List;

/**
 * The special days of one year.
 *
 * @param provisional true when no official notice is loaded: the days listed are the statutory holidays only
 * @param source where the days come from (the notice's title or file), or a note that they are computed
 */
public record CalendarYear(int year, boolean provisional, String source, List<SpecialDay> days) {
}
