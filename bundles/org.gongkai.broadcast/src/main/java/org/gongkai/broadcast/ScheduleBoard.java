package org.gongkai.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The schedule board (节目单) of one date: per township and daily slot, the township's time, how the slot stands, and
 * the playlist in play order. Items in review are listed too (with their state), but only released ones play.
 */
public record ScheduleBoard(LocalDate date, List<Township> townships) {

    public ScheduleBoard {
        townships = List.copyOf(townships);
    }

    /** One township's row: a cell per daily slot. */
    public record Township(String code, String name, List<Cell> slots) {
        public Township {
            slots = List.copyOf(slots);
        }
    }

    /**
     * One slot of one township.
     *
     * @param decidedAt when it was fired or skipped; null while upcoming
     */
    public record Cell(DailySlot slot, LocalTime time, SlotState state, Instant decidedAt, List<Item> items) {
        public Cell {
            items = List.copyOf(items);
        }
    }

    /** A playlist entry. */
    public record Item(String id, String title, String category, BroadcastState state, String agencyCode) {
    }
}
