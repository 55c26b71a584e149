package org.gongkai.platform.calendar;

import java.time.LocalDate;

/** A computed date, and whether any day it depends on lies in a year whose notice is not loaded yet. */
public record WorkingDayResult(LocalDate date, boolean provisional) {
}
