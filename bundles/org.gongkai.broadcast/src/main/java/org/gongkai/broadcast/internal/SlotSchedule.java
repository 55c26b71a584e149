package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The daily slots ("一天三时段"): defaults for every township (07:00, 12:00, 19:00) and per-township overrides.
 *
 * @param defaults slot times of townships without an override
 * @param perTownship township code → its own slot times
 * @param tolerance lateness still counted as on time (the scheduler's tick)
 * @param grace lateness up to which a missed slot is still played late; beyond it the slot is skipped and logged
 * @param lookback how far back a tick looks for undecided slots (from the grace window to 24 hours): slots missed
 *        during a longer outage are skipped and logged, older ones are ignored
 */
public record SlotSchedule(List<LocalTime> defaults, Map<String, List<LocalTime>> perTownship, Duration tolerance,
        Duration grace, Duration lookback) {

    public SlotSchedule {
        defaults = List.copyOf(defaults);
        perTownship = Map.copyOf(perTownship);
        if (grace.compareTo(tolerance) < 0) {
            throw new IllegalArgumentException("grace shorter than tolerance");
        }
        if (lookback.compareTo(grace) < 0 || lookback.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("lookback must lie between the grace window and 24 hours");
        }
    }

    public List<LocalTime> slotsOf(String township) {
        return perTownship.getOrDefault(township, defaults);
    }

    /** Parses "07:00,12:00,19:00" (sorted, duplicates removed); rejects anything else. */
    public static List<LocalTime> parseTimes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalTime::parse).distinct().sorted().toList();
    }
}
