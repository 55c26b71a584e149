package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastStatistics;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;

/**
 * Counts the broadcasts released in a year (Asia/Shanghai) by category, township and month, and their deliveries by
 * state; an actor with an area counts only items inside it or reaching it.
 */
final class BroadcastStats {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final BroadcastStore broadcasts;
    private final DeliveryStore deliveries;
    private final TargetScope scope;
    private final RegionService regions;

    BroadcastStats(BroadcastStore broadcasts, DeliveryStore deliveries, TargetScope scope, RegionService regions) {
        this.broadcasts = broadcasts;
        this.deliveries = deliveries;
        this.scope = scope;
        this.regions = regions;
    }

    /** @param area the actor's region, or null for the whole network */
    BroadcastStatistics of(int year, String area) {
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "年份无效", "Invalid year");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byTownship = new TreeMap<>();
        long[] byMonth = new long[12];
        Map<DeliveryState, Long> delivered = new EnumMap<>(DeliveryState.class);
        long released = 0;
        long emergencies = 0;
        int township = RegionLevel.TOWNSHIP.codeLength();
        for (BroadcastStore.Released r : broadcasts.releasedBetween(from, to)) {
            String item;
            try {
                item = scope.itemRegion(broadcasts.targetsOf(r.id()));
            } catch (RuntimeException e) {
                item = "";
            }
            if (area != null && !TargetScope.contains(area, item) && !TargetScope.contains(item, area)) {
                continue;
            }
            released++;
            if (r.kind() == BroadcastKind.EMERGENCY) {
                emergencies++;
            }
            byCategory.merge(r.category() == null ? "" : r.category(), 1L, Long::sum);
            byTownship.merge(item.length() >= township ? item.substring(0, township) : item, 1L, Long::sum);
            byMonth[r.releasedAt().atZone(CHINA).getMonthValue() - 1]++;
            deliveries.counts(r.id()).forEach((s, n) -> delivered.merge(s, n, Long::sum));
        }
        List<BroadcastStatistics.Bucket> categories = new ArrayList<>();
        byCategory.forEach((k, n) -> categories.add(new BroadcastStatistics.Bucket(k, k.isEmpty() ? "—" : k, n)));
        List<BroadcastStatistics.Bucket> townships = new ArrayList<>();
        byTownship.forEach((k, n) -> townships.add(new BroadcastStatistics.Bucket(k, regions.region(k)
                .map(Region::name).orElse(k.isEmpty() ? "—" : k), n)));
        List<BroadcastStatistics.Bucket> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new BroadcastStatistics.Bucket(String.format("%d-%02d", year, m + 1), (m + 1) + "月",
                    byMonth[m]));
        }
        return new BroadcastStatistics(year, released, emergencies, categories, townships, months, delivered);
    }
}
