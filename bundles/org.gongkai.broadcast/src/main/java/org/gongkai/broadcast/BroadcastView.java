package org.gongkai.broadcast;

import java.util.List;
import java.util.Map;

/**
 * A broadcast with what staff see beside it: category, written text, the region it is reviewed at, its deliveries
 * counted by state, and for a scheduled broadcast its slot and how that slot stands in each township it reaches
 * (upcoming = 待播, fired, or skipped as missed).
 *
 * @param schedule the daily slot it plays in, or null when it plays on release
 * @param slots per township reached, the slot's time and state; empty when not scheduled
 */
public record BroadcastView(Broadcast broadcast, String category, String body, String reviewRegion,
        Map<DeliveryState, Long> deliveries, PlaySchedule schedule, List<TownshipSlot> slots) {

    public BroadcastView {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
