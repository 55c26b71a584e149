package org.gongkai.broadcast;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A scheduled broadcast in one township it reaches: the township's time for the slot and how the slot stands there.
 *
 * @param decidedAt when the slot was fired or skipped; null while upcoming
 */
public record TownshipSlot(String township, String townshipName, LocalTime time, SlotState state,
        Instant decidedAt) {
}
