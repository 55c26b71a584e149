package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;

/** The dashboard's figures for the cases the actor may see: by stage, overdue, per month, catalog share. */
public final class StatsDesk {
    private final Jdbc jdbc;
    private final RegionService regions;
    private final WorkingDayCalendar calendar;
    private final int warningDays;

    StatsDesk(Jdbc jdbc, RegionService regions, WorkingDayCalendar calendar, int warningDays) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.calendar = calendar;
        this.warningDays = warningDays;
    }

    /** Cases in one stage. */
    public record StageCount(Stage stage, String nameZh, long count) {
    }

    /** One month of the year. */
    public record Month(int month, long received, long replied, Double avgWorkingDays) {
    }

    /** Items decided from the catalog, per topic. */
    public record TopicCount(String topic, long count) {
    }

    /** The dashboard. */
    public record Stats(int year, List<StageCount> byStage, long open, long overdue, long warning, List<Month> perMonth,
            List<TopicCount> catalogShare, long decidedItems) {
    }

    public Stats stats(Actor actor, int year, LocalDate today) {
        Set<String> scope = regions.visibleAgencies(actor).orElse(null);
        if (scope != null && scope.isEmpty()) {
            return new Stats(year, List.of(), 0, 0, 0, List.of(), List.of(), 0);
        }
        String where = scope == null ? "" : " AND agency_code IN (" + "?,".repeat(scope.size() - 1) + "?)";
        List<Object> sp = scope == null ? List.of() : new ArrayList<>(scope);
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        jdbc.query("SELECT stage, count(*) FROM gd_application WHERE 1 = 1" + where + " GROUP BY stage",
                rs -> counts.put(Stage.valueOf(rs.getString(1)), rs.getLong(2)), sp.toArray());
        List<StageCount> byStage = new ArrayList<>();
        long open = 0;
        for (Stage s : Stage.values()) {
            long c = counts.getOrDefault(s, 0L);
            byStage.add(new StageCount(s, s.nameZh(), c));
            if (!s.closed() && s != Stage.REPLIED) {
                open += c;
            }
        }
        String openStages = " AND stage NOT IN ('REPLIED','DELIVERED','ARCHIVED','WITHDRAWN','ABANDONED','LAPSED')";
        long overdue = jdbc.queryLong("SELECT count(*) FROM gd_application WHERE reply_due < ?" + where + openStages,
                reorder(today, sp));
        LocalDate warnUntil = calendar.addWorkingDays(today, warningDays).date();
        List<Object> p2 = new ArrayList<>(List.of(today, warnUntil));
        p2.addAll(sp);
        long warning = jdbc.queryLong("SELECT count(*) FROM gd_application WHERE reply_due >= ? AND reply_due <= ?"
                + where + openStages, p2.toArray());
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[] received = new long[13];
        List<Object> p3 = new ArrayList<>(List.of(first, last));
        p3.addAll(sp);
        jdbc.query("SELECT receipt_date FROM gd_application WHERE receipt_date >= ? AND receipt_date <= ?" + where,
                rs -> received[Jdbc.localDate(rs, "receipt_date").getMonthValue()]++, p3.toArray());
        long[] replied = new long[13];
        long[] days = new long[13];
        jdbc.query("SELECT receipt_date, closed_on FROM gd_application WHERE closed_on >= ? AND closed_on <= ?"
                + " AND report_row IS NOT NULL AND report_row NOT LIKE 'OTHER%'" + where, rs -> {
                    LocalDate r = Jdbc.localDate(rs, "receipt_date");
                    LocalDate c = Jdbc.localDate(rs, "closed_on");
                    int m = c.getMonthValue();
                    replied[m]++;
                    days[m] += c.isAfter(r) ? calendar.workingDaysBetween(r, c).days() : 0;
                    return null;
                }, p3.toArray());
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Month(m, received[m], replied[m], replied[m] == 0 ? null
                    : Math.round(10.0 * days[m] / replied[m]) / 10.0));
        }
        List<TopicCount> topics = jdbc.query("SELECT c.topic, count(*) FROM gd_item i JOIN gd_catalog c ON c.code ="
                + " i.catalog_code JOIN gd_application a ON a.id = i.application_id WHERE 1 = 1"
                + where.replace("agency_code", "a.agency_code") + " GROUP BY c.topic ORDER BY 2 DESC",
                rs -> new TopicCount(rs.getString(1), rs.getLong(2)), sp.toArray());
        long decided = jdbc.queryLong("SELECT count(*) FROM gd_item i JOIN gd_application a ON a.id = i.application_id"
                + " WHERE i.decision IS NOT NULL" + where.replace("agency_code", "a.agency_code"), sp.toArray());
        return new Stats(year, byStage, open, overdue, warning, months, topics, decided);
    }

    private static Object[] reorder(LocalDate today, List<Object> scope) {
        List<Object> p = new ArrayList<>();
        p.add(today);
        p.addAll(scope);
        return p.toArray();
    }
}
