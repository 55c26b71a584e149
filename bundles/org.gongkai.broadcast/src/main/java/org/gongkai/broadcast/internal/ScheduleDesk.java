package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.PlaySchedule;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.broadcast.SlotState;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.TownshipSlot;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.security.Actor;

/**
 * The daily slots as staff see them: checks a schedule an editor writes (a known slot, a date not in the past, a
 * slot that has not begun yet in the townships the item reaches), the per-township state of a scheduled item, and
 * the schedule board (节目单) of a date, limited to the actor's area.
 */
final class ScheduleDesk {
    private final SlotSchedule schedule;
    private final SlotPlaylist playlist;
    private final FiredSlots fired;
    private final BroadcastAccess access;
    private final Clock clock;
    private final ZoneId zone;

    ScheduleDesk(SlotSchedule schedule, SlotPlaylist playlist, FiredSlots fired, BroadcastAccess access, Clock clock,
            ZoneId zone) {
        this.schedule = schedule;
        this.playlist = playlist;
        this.fired = fired;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
    }

    /** Adds field errors for a bad schedule (none for "on release"). */
    void check(PlaySchedule s, List<Target> targets, List<FieldError> errors) {
        if (s == null) {
            return;
        }
        if (s.date() == null) {
            errors.add(FieldError.of("schedule.date", "请选择播放日期", "Choose the play date"));
        }
        if (s.slot() == null) {
            errors.add(FieldError.of("schedule.slot", "请选择时段（早、中、晚）", "Choose the slot (morning, noon, evening)"));
        }
        if (s.date() == null || s.slot() == null) {
            return;
        }
        if (s.date().isBefore(LocalDate.now(clock.withZone(zone)))) {
            errors.add(FieldError.of("schedule.date", "播放日期不能早于今天", "The play date cannot be in the past"));
            return;
        }
        List<String> begun = begun(s, targets);
        if (!begun.isEmpty()) {
            errors.add(FieldError.of("schedule.slot", "该时段已开始：" + String.join("、", begun),
                    "That slot has already begun: " + String.join(", ", begun)));
        }
    }

    /** At release: refuses a slot that has begun (or been decided) in a township the item reaches. */
    void requireUpcoming(PlaySchedule s, List<Target> targets) {
        if (s == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        check(s, targets, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().map(e -> FieldError.of(e.field(), e.zh() + "，请退回修改播放时间",
                    e.en() + "; return the item to change its schedule")).toList());
        }
    }

    /** Per township the item reaches: the slot's time there and how it stands. */
    List<TownshipSlot> states(PlaySchedule s, List<Target> targets) {
        if (s == null) {
            return List.of();
        }
        Map<SlotKey, FiredSlots.Decision> decided = fired.decided(s.date());
        List<TownshipSlot> out = new ArrayList<>();
        for (Region t : playlist.townshipsReached(targets)) {
            LocalTime time = schedule.timeOf(t.code(), s.slot()).orElse(null);
            FiredSlots.Decision d = time == null ? null : decided.get(new SlotKey(s.date(), t.code(), time));
            out.add(new TownshipSlot(t.code(), t.name(), time, state(d), d == null ? null : d.at()));
        }
        return out;
    }

    /** The board of a date: the townships of the actor's area, or the one asked for. */
    ScheduleBoard board(Actor actor, LocalDate date, String township) {
        String area = access.area(actor);
        String asked = township == null || township.isBlank() ? null : township.strip();
        if (asked != null && area != null && !TargetScope.contains(area, asked)) {
            throw new AccessDeniedException(Message.of("该乡镇不在您的辖区内：" + asked, "Township outside your area: "
                    + asked));
        }
        List<Region> rows = playlist.townships().stream()
                .filter(t -> asked == null || t.code().equals(asked))
                .filter(t -> area == null || TargetScope.contains(area, t.code()) || TargetScope.contains(t.code(), area))
                .toList();
        if (asked != null && rows.isEmpty()) {
            throw ValidationException.of("township", "不是乡镇区划代码：" + asked, "Not a township code: " + asked);
        }
        Map<SlotKey, FiredSlots.Decision> decided = fired.decided(date);
        List<BroadcastStore.Scheduled> items = playlist.on(date);
        List<ScheduleBoard.Township> out = new ArrayList<>();
        for (Region t : rows) {
            List<ScheduleBoard.Cell> cells = new ArrayList<>();
            for (DailySlot slot : DailySlot.values()) {
                LocalTime time = schedule.timeOf(t.code(), slot).orElse(null);
                FiredSlots.Decision d = time == null ? null : decided.get(new SlotKey(date, t.code(), time));
                List<ScheduleBoard.Item> list = items.stream().filter(s -> s.slot() == slot
                        && playlist.reaches(s.targets(), t.code())).map(s -> new ScheduleBoard.Item(s.id(), s.title(),
                                s.category(), s.state(), s.agencyCode())).toList();
                cells.add(new ScheduleBoard.Cell(slot, time, state(d), d == null ? null : d.at(), list));
            }
            out.add(new ScheduleBoard.Township(t.code(), t.name(), cells));
        }
        return new ScheduleBoard(date, out);
    }

    /** "大圩镇 06:30" for each township reached whose slot has begun or been decided. */
    private List<String> begun(PlaySchedule s, List<Target> targets) {
        List<Region> reached;
        try {
            reached = playlist.townshipsReached(targets);
        } catch (RuntimeException e) {
            return List.of(); // bad targets are reported by the target check
        }
        Instant now = clock.instant();
        Map<SlotKey, FiredSlots.Decision> decided = fired.decided(s.date());
        List<String> out = new ArrayList<>();
        for (Region t : reached) {
            schedule.timeOf(t.code(), s.slot()).ifPresent(time -> {
                boolean started = !s.date().atTime(time).atZone(zone).toInstant().isAfter(now);
                if (started || decided.containsKey(new SlotKey(s.date(), t.code(), time))) {
                    out.add(t.name() + " " + time);
                }
            });
        }
        return out;
    }

    private static SlotState state(FiredSlots.Decision d) {
        if (d == null) {
            return SlotState.UPCOMING;
        }
        return switch (d.outcome()) {
            case ON_TIME -> SlotState.ON_TIME;
            case LATE -> SlotState.LATE;
            case SKIPPED -> SlotState.SKIPPED;
        };
    }
}
