package org.gongkai.platform.internal.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.calendar.SpecialDay;

/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 (as revised in 2024, in force from 2025), computable for
 * any year in advance: 元旦, 春节 (除夕 to 初三), 清明, 劳动节 (1–2 May), 端午, 中秋, 国庆 (1–3 Oct). Lunar dates and
 * Qingming come from the table {@code calendar/lunar-holidays.csv} (2025–2099, computed with the 寿星 astronomical
 * algorithm and checked against the published dates); outside it, from ICU4J's Chinese calendar (which errs by a day
 * when a new moon falls minutes from Beijing midnight, e.g. 2027 and 2030) and the 21st-century Qingming formula.
 */
final class StatutoryHolidays {
    private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");

    private StatutoryHolidays() {
    }

    private static final Map<Integer, LocalDate[]> TABLE = readTable();

    static List<SpecialDay> of(int year) {
        LocalDate[] row = TABLE.get(year);
        List<SpecialDay> days = new ArrayList<>();
        days.add(new SpecialDay(LocalDate.of(year, 1, 1), "元旦", true));
        LocalDate newYear = row != null ? row[0] : lunar(year, 1, 1, LocalDate.of(year, 1, 15));
        for (LocalDate d = newYear.minusDays(1); !d.isAfter(newYear.plusDays(2)); d = d.plusDays(1)) {
            days.add(new SpecialDay(d, "春节", true));
        }
        days.add(new SpecialDay(row != null ? row[3] : qingming(year), "清明节", true));
        days.add(new SpecialDay(LocalDate.of(year, 5, 1), "劳动节", true));
        days.add(new SpecialDay(LocalDate.of(year, 5, 2), "劳动节", true));
        days.add(new SpecialDay(row != null ? row[1] : lunar(year, 5, 5, LocalDate.of(year, 5, 20)), "端午节", true));
        days.add(new SpecialDay(row != null ? row[2] : lunar(year, 8, 15, LocalDate.of(year, 9, 1)), "中秋节", true));
        for (int d = 1; d <= 3; d++) {
            days.add(new SpecialDay(LocalDate.of(year, 10, d), "国庆节", true));
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }

    private static Map<Integer, LocalDate[]> readTable() {
        Map<Integer, LocalDate[]> table = new HashMap<>();
        try (InputStream in = StatutoryHolidays.class.getClassLoader().getResourceAsStream("calendar/lunar-holidays.csv")) {
            if (in == null) {
                return table;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("year")) {
                    continue;
                }
                String[] f = l.split(",");
                table.put(Integer.parseInt(f[0]), new LocalDate[] {LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                        LocalDate.parse(f[3]), LocalDate.parse(f[4])});
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("calendar/lunar-holidays.csv is unreadable", e);
        }
        return table;
    }

    /**
     * Qingming: the day the sun reaches 15° ecliptic longitude, by the formula [Y*D+C]-[Y/4] with D = 0.2422 and
     * C = 4.81 for 2001–2099 (Y = year mod 100). Outside that century the notice must be loaded.
     */
    static LocalDate qingming(int year) {
        int y = year % 100;
        int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
        return LocalDate.of(year, 4, day);
    }

    /** The Gregorian date of lunar month/day (non-leap month) in the Gregorian year, searching from {@code start}. */
    static LocalDate lunar(int year, int month, int day, LocalDate start) {
        ChineseCalendar cc = new ChineseCalendar(CHINA);
        for (int i = 0; i < 120; i++) {
            LocalDate d = start.plusDays(i);
            cc.setTimeInMillis(d.atTime(12, 0).toInstant(ZoneOffset.ofHours(8)).toEpochMilli());
            if (cc.get(ChineseCalendar.MONTH) == month - 1 && cc.get(ChineseCalendar.DAY_OF_MONTH) == day
                    && cc.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        throw new IllegalStateException("lunar " + month + "/" + day + " not found in " + year);
    }
}
