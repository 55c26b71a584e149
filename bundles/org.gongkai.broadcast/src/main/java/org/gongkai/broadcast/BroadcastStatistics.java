package org.gongkai.broadcast;

import java.util.List;
import java.util.Map;

/**
 * Broadcasts released in a year, by category, by township (county-wide ones under the county), by month, and their
 * deliveries by state.
 */
public record BroadcastStatistics(int year, long released, long emergencies, List<Bucket> byCategory,
        List<Bucket> byTownship, List<Bucket> byMonth, Map<DeliveryState, Long> deliveries) {

    /** One bar of a chart. */
    public record Bucket(String key, String label, long count) {
    }
}
