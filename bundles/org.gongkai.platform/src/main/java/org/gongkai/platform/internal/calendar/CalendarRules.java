package org.gongkai.platform.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.DayInfo;
import org.gongkai.platform.calendar.DayKind;
import org.gongkai.platform.calendar.Deadline;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.SpecialDay;
import org.gongkai.platform.calendar.WorkingDayCount;
import org.gongkai.platform.calendar.WorkingDayResult;

/**
 * The counting rules over an immutable set of loaded notices. A new set of notices means a new instance, so readers
 * never see a half-loaded calendar. Provisional years (no notice) are computed from the statutory holidays and cached.
 */
final class CalendarRules {
    /** Longest period any caller may ask for; protects the service from absurd inputs (about 40 years). */
    static final int MAX_DAYS = 10_000;

    private final Map<Integer, HolidayNotice> notices;
    private final Map<LocalDate, SpecialDay> loadedDays = new HashMap<>();
    private final Map<Integer, Map<LocalDate, SpecialDay>> provisional = new ConcurrentHashMap<>();

    CalendarRules(Map<Integer, HolidayNotice> notices) {
        this.notices = Map.copyOf(notices);
        for (HolidayNotice n : new TreeMap<>(notices).values()) {
            for (SpecialDay d : n.days()) {
                loadedDays.put(d.date(), d);
            }
        }
    }

    Map<Integer, HolidayNotice> notices() {
        return notices;
    }

    boolean isLoaded(int year) {
        return notices.containsKey(year);
    }

    DayInfo describe(LocalDate date) {
        boolean loaded = isLoaded(date.getYear());
        SpecialDay special = loadedDays.get(date);
        if (special == null && !loaded) {
            special = statutory(date.getYear()).get(date);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (special != null) {
            return new DayInfo(date, !special.offDay(), special.offDay() ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY,
                    special.name(), !loaded);
        }
        return new DayInfo(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, !loaded);
    }

    WorkingDayResult addWorkingDays(LocalDate from, int days) {
        checkDays(days);
        LocalDate d = from;
        boolean provisionalResult = false;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            DayInfo info = describe(d);
            provisionalResult |= info.provisional();
            if (info.workingDay()) {
                counted++;
            }
        }
        return new WorkingDayResult(d, provisionalResult);
    }

    Deadline deadline(LocalDate start, int days, List<Pause> pauses) {
        checkDays(days);
        LocalDate d = start;
        int counted = 0;
        int paused = 0;
        boolean provisionalResult = false;
        LocalDate limit = start.plusDays(MAX_DAYS * 2L);
        while (counted < days) {
            d = d.plusDays(1);
            Pause open = null;
            boolean inPause = false;
            for (Pause p : pauses) {
                if (d.isAfter(p.from()) && (p.to() == null || !d.isAfter(p.to()))) {
                    inPause = true;
                    if (p.to() == null) {
                        open = p;
                    }
                }
            }
            if (open != null) {
                return new Deadline(null, counted, paused, provisionalResult);
            }
            DayInfo info = describe(d);
            provisionalResult |= info.provisional();
            if (info.workingDay()) {
                if (inPause) {
                    paused++;
                } else {
                    counted++;
                }
            }
            if (d.isAfter(limit)) {
                throw ValidationException.of("pauses", "暂停区间过长", "Pauses too long");
            }
        }
        return new Deadline(d, counted, paused, provisionalResult);
    }

    WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return new WorkingDayCount(0, false);
        }
        if (from.plusDays(MAX_DAYS * 2L).isBefore(to)) {
            throw ValidationException.of("to", "日期区间过长", "Date range too long");
        }
        int count = 0;
        boolean provisionalResult = false;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            DayInfo info = describe(d);
            provisionalResult |= info.provisional();
            if (info.workingDay()) {
                count++;
            }
        }
        return new WorkingDayCount(count, provisionalResult);
    }

    CalendarYear year(int year) {
        HolidayNotice notice = notices.get(year);
        if (notice != null) {
            return new CalendarYear(year, false, notice.source(), notice.days());
        }
        List<SpecialDay> days = new ArrayList<>(new TreeMap<>(statutory(year)).values());
        return new CalendarYear(year, true,
                "暂定：官方放假通知尚未载入，仅含法定节假日，调休安排未知 / provisional: statutory holidays only, notice not loaded",
                days);
    }

    private Map<LocalDate, SpecialDay> statutory(int year) {
        return provisional.computeIfAbsent(year, y -> {
            Map<LocalDate, SpecialDay> m = new HashMap<>();
            for (SpecialDay d : StatutoryHolidays.of(y)) {
                m.put(d.date(), d);
            }
            return m;
        });
    }

    static void checkDays(int days) {
        if (days < 0) {
            throw ValidationException.of("days", "工作日数不能为负数", "The number of working days must not be negative");
        }
        if (days > MAX_DAYS) {
            throw ValidationException.of("days", "工作日数过大（最多 " + MAX_DAYS + "）",
                    "Too many working days (at most " + MAX_DAYS + ")");
        }
    }
}
