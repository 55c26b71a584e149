package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.broadcast.DailySlot;

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

    /** The township's time of a named slot (早/中/晚 = its first, second and third time), if it has that many. */
    public Optional<LocalTime> timeOf(String township, DailySlot slot) {
        List<LocalTime> times = slotsOf(township);
        return slot.ordinal() < times.size() ? Optional.of(times.get(slot.ordinal())) : Optional.empty();
    }

    /** The named slot a township plays at a time, if that time is one of its slots. */
    public Optional<DailySlot> slotAt(String township, LocalTime time) {
        int i = slotsOf(township).indexOf(time);
        return i < 0 || i >= DailySlot.values().length ? Optional.empty() : Optional.of(DailySlot.values()[i]);
    }

    /**
     * The schedule from the component's configuration: the default times and overrides written
     * {@code <township code>:<time>|<time>|<time>} (e.g. {@code 450323102:06:30|12:00|18:30}; several separated by
     * commas or listed as an array). Every township has
     * exactly one time per {@link DailySlot}, so 早/中/晚 name the same slots everywhere; anything else is refused.
     */
    public static SlotSchedule fromConfig(String defaults, String[] perTownship, Duration tolerance, Duration grace,
            Duration lookback) {
        List<LocalTime> base = threeTimes("slots", defaults);
        Map<String, List<LocalTime>> overrides = new LinkedHashMap<>();
        // a .cfg file gives one string: entries may also be separated there by commas or spaces
        List<String> entries = java.util.Arrays.stream(perTownship == null ? new String[0] : perTownship)
                .filter(java.util.Objects::nonNull).flatMap(e -> java.util.Arrays.stream(e.split("[,;\\s]+")))
                .filter(e -> !e.isBlank()).toList();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            String code = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!code.matches("\\d{9}")) {
                throw new IllegalArgumentException("slotsPerTownship: expected <9-digit township code>:<times>, got "
                        + entry);
            }
            overrides.put(code, threeTimes("slotsPerTownship " + code, entry.substring(colon + 1).replace('|', ',')));
        }
        return new SlotSchedule(base, overrides, tolerance, grace, lookback);
    }

    private static List<LocalTime> threeTimes(String what, String list) {
        List<LocalTime> times;
        try {
            times = parseTimes(list == null ? "" : list);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(what + ": not a list of HH:mm times: " + list, e);
        }
        if (times.size() != DailySlot.values().length) {
            throw new IllegalArgumentException(what + ": expected " + DailySlot.values().length
                    + " different times (早/中/晚), got " + list);
        }
        return times;
    }

    /** Parses "07:00,12:00,19:00" (sorted, duplicates removed); rejects anything else. */
    public static List<LocalTime> parseTimes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalTime::parse).distinct().sorted().toList();
    }
}
