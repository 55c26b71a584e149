package org.gongkai.platform.calendar;

import java.time.LocalDate;

/**
 * A statutory period's end.
 *
 * @param due the last day of the period, or null while a pause is still running
 * @param countedDays working days of the period used up to the end of the open pause, or the period when not paused
 * @param pausedDays working days excluded by pauses
 * @param provisional true when any day it depends on lies in a year whose notice is not loaded
 */
public record Deadline(LocalDate due, int countedDays, int pausedDays, boolean provisional) {
    public boolean paused() {
        return due == null;
    }
}
