package org.gongkai.broadcast;

import java.time.LocalDate;

/**
 * When a routine broadcast plays: in one daily slot of one date (Asia/Shanghai). A broadcast without a schedule
 * plays as soon as it is released.
 *
 * @param date the play date
 * @param slot the daily slot; each township plays it at its own configured time
 */
public record PlaySchedule(LocalDate date, DailySlot slot) {
}
