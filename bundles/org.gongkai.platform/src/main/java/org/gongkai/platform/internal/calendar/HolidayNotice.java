package org.gongkai.platform.internal.calendar;

import java.util.List;
import org.gongkai.platform.calendar.SpecialDay;

/** One year's official holiday notice as loaded from a file: its source and its special days. */
record HolidayNotice(int year, String source, List<SpecialDay> days, String checksum) {
}
