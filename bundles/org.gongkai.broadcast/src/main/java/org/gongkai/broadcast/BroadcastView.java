package org.gongkai.broadcast;

import java.util.Map;

/**
 * A broadcast with what staff see beside it: category, written text, the region it is reviewed at, and its
 * deliveries counted by state.
 */
public record BroadcastView(Broadcast broadcast, String category, String body, String reviewRegion,
        Map<DeliveryState, Long> deliveries) {
}
