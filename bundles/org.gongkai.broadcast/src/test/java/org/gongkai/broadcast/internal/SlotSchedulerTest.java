package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.DAXU;
import static org.gongkai.broadcast.internal.Fixtures.LINGCHUAN;
import static org.gongkai.broadcast.internal.Fixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.internal.SlotFiring.Outcome;
import org.junit.jupiter.api.Test;

class SlotSchedulerTest {
    private static final List<LocalTime> THREE = SlotSchedule.parseTimes("19:00, 07:00,12:00");
    /** 灵川镇 plays at 06:30 and 18:30 instead. */
    private static final SlotSchedule SCHEDULE = new SlotSchedule(THREE,
            Map.of(LINGCHUAN, SlotSchedule.parseTimes("06:30,18:30")), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(6));
    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    private final InMemoryFiredSlots fired = new InMemoryFiredSlots();
    private final SlotScheduler scheduler = new SlotScheduler(SCHEDULE, fired, SHANGHAI);

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 7, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void defaultSlotsAreSevenNoonAndSeven() {
        assertEquals(List.of(LocalTime.of(7, 0), LocalTime.of(12, 0), LocalTime.of(19, 0)), THREE);
        assertThrows(Exception.class, () -> SlotSchedule.parseTimes("7 Uhr"));
    }

    @Test
    void aSlotFiresOnTimeExactlyOnceHoweverOftenTheTickRuns() {
        assertEquals(List.of(), scheduler.tick(at(1, 6, 59), List.of(DAXU)));
        List<SlotFiring> first = scheduler.tick(at(1, 7, 0), List.of(DAXU));
        assertEquals(List.of(new SlotFiring(new SlotKey(DAY, DAXU, LocalTime.of(7, 0)), Outcome.ON_TIME, Duration.ZERO)),
                first);
        assertEquals(List.of(), scheduler.tick(at(1, 7, 0), List.of(DAXU)));
        assertEquals(List.of(), scheduler.tick(at(1, 7, 1), List.of(DAXU)));
    }

    @Test
    void aRestartedNodeSharingTheFiredRecordDoesNotFireAgain() {
        scheduler.tick(at(1, 7, 0), List.of(DAXU));
        SlotScheduler afterRestart = new SlotScheduler(SCHEDULE, fired, SHANGHAI);
        assertEquals(List.of(), afterRestart.tick(at(1, 7, 5), List.of(DAXU)));
    }

    @Test
    void aSlotMissedWithinGraceIsPlayedLateAndBeyondGraceIsSkippedOnce() {
        // down from 06:00 to 12:20: 07:00 is 5h20 late (skipped), 12:00 is 20 min late (played late)
        List<SlotFiring> f = scheduler.tick(at(1, 12, 20), List.of(DAXU));
        assertEquals(2, f.size());
        assertEquals(LocalTime.of(7, 0), f.get(0).key().slot());
        assertEquals(Outcome.SKIPPED, f.get(0).outcome());
        assertEquals(Outcome.LATE, f.get(1).outcome());
        assertEquals(Duration.ofMinutes(20), f.get(1).lateness());
        assertEquals(List.of(), scheduler.tick(at(1, 12, 21), List.of(DAXU)));
        assertEquals(Outcome.SKIPPED, fired.claimed().get(new SlotKey(DAY, DAXU, LocalTime.of(7, 0))));
    }

    @Test
    void slotsOlderThanTheLookbackAreNeitherPlayedNorLogged() {
        // 06:00 lookback from 13:30 reaches back to 07:30: 07:00 is ignored, 12:00 (90 min late) is skipped
        List<SlotFiring> f = scheduler.tick(at(1, 13, 30), List.of(DAXU));
        assertEquals(List.of(new SlotFiring(new SlotKey(DAY, DAXU, LocalTime.of(12, 0)), Outcome.SKIPPED,
                Duration.ofMinutes(90))), f);
    }

    @Test
    void graceIsInclusiveAndOneMinuteMoreSkips() {
        fired.claim(new SlotKey(DAY, DAXU, LocalTime.of(7, 0)), Outcome.ON_TIME, at(1, 7, 0));
        InMemoryFiredSlots other = new InMemoryFiredSlots();
        other.claim(new SlotKey(DAY, DAXU, LocalTime.of(7, 0)), Outcome.ON_TIME, at(1, 7, 0));
        assertEquals(Outcome.LATE, scheduler.tick(at(1, 12, 30), List.of(DAXU)).get(0).outcome());
        assertEquals(Outcome.SKIPPED, new SlotScheduler(SCHEDULE, other, SHANGHAI).tick(at(1, 12, 31), List.of(DAXU))
                .get(0).outcome());
    }

    @Test
    void eachTownshipHasItsOwnSlotsAndRecords() {
        List<SlotFiring> f = scheduler.tick(at(1, 6, 30), List.of(DAXU, LINGCHUAN));
        assertEquals(List.of(new SlotKey(DAY, LINGCHUAN, LocalTime.of(6, 30))), f.stream().map(SlotFiring::key).toList());
        assertEquals(List.of(new SlotKey(DAY, DAXU, LocalTime.of(7, 0))), scheduler.tick(at(1, 7, 0),
                List.of(DAXU, LINGCHUAN)).stream().map(SlotFiring::key).toList());
    }

    @Test
    void aLateEveningSlotIsStillPlayedLateJustAfterMidnight() {
        SlotSchedule late = new SlotSchedule(List.of(LocalTime.of(23, 50)), Map.of(), Duration.ofMinutes(1),
                Duration.ofMinutes(30), Duration.ofHours(1));
        SlotScheduler s = new SlotScheduler(late, fired, SHANGHAI);
        List<SlotFiring> f = s.tick(at(2, 0, 10), List.of(DAXU));
        assertEquals(List.of(new SlotFiring(new SlotKey(DAY, DAXU, LocalTime.of(23, 50)), Outcome.LATE,
                Duration.ofMinutes(20))), f);
    }

    @Test
    void graceShorterThanTheTickOrLookbackBeyondADayIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new SlotSchedule(THREE, Map.of(), Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SlotSchedule(THREE, Map.of(), Duration.ofMinutes(1),
                Duration.ofMinutes(30), Duration.ofHours(25)));
    }
}
