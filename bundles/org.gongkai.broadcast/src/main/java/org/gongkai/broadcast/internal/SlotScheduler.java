package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which daily slots are due at a tick. Every slot (Asia/Shanghai) that began within the lookback window and
 * is not recorded yet is decided once — on time, late within the grace window, or skipped — and the decision is
 * claimed in {@link FiredSlots}; only the claimant gets it back. So a restart, a second tick or a second node never
 * fires a slot twice, and a long outage does not replay a day's slots at once.
 */
public final class SlotScheduler {
    private final SlotSchedule schedule;
    private final FiredSlots fired;
    private final ZoneId zone;

    public SlotScheduler(SlotSchedule schedule, FiredSlots fired, ZoneId zone) {
        this.schedule = schedule;
        this.fired = fired;
        this.zone = zone;
    }

    /** The slots this tick decided, oldest first. */
    public List<SlotFiring> tick(Instant now, Collection<String> townships) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<SlotFiring> out = new ArrayList<>();
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            for (String township : townships) {
                for (LocalTime time : schedule.slotsOf(township)) {
                    Instant start = date.atTime(time).atZone(zone).toInstant();
                    if (start.isAfter(now) || !start.isAfter(now.minus(schedule.lookback()))) {
                        continue;
                    }
                    Duration late = Duration.between(start, now);
                    SlotFiring.Outcome outcome = late.compareTo(schedule.tolerance()) <= 0 ? SlotFiring.Outcome.ON_TIME
                            : late.compareTo(schedule.grace()) <= 0 ? SlotFiring.Outcome.LATE : SlotFiring.Outcome.SKIPPED;
                    SlotKey key = new SlotKey(date, township, time);
                    if (fired.claim(key, outcome, now)) {
                        out.add(new SlotFiring(key, outcome, late));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((SlotFiring f) -> f.key().date()).thenComparing(f -> f.key().slot())
                .thenComparing(f -> f.key().township()));
        return out;
    }
}
