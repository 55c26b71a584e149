package org.gongkai.delegation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.Stage;

/**
 * The delegation report from the facts of the cases received in a period. Pure: working days come from the
 * platform calendar through {@code workingDays} (days strictly after receipt up to the reply).
 *
 * <p>A case counts as replied when it closed with a reply (答复, 送达, 归档); withdrawn, abandoned and lapsed cases
 * count as cases but not in the average. "Cases of the same kind" for a zone are the cases not delegated that share
 * a catalog entry with one of the zone's delegated cases of the period, or whose title holds one of the zone's
 * subject keywords.
 */
final class DelegationReportCalculator {
    private static final Set<Stage> REPLIED = Set.of(Stage.REPLIED, Stage.DELIVERED, Stage.ARCHIVED);

    private DelegationReportCalculator() {
    }

    /** A zone in the report: code, name and subject keywords. */
    record ZoneKind(String code, String name, List<String> subjects) {
    }

    static DelegationReport compute(LocalDate from, LocalDate to, List<CaseFacts> cases, List<ZoneKind> zones,
            BiFunction<LocalDate, LocalDate, Integer> workingDays) {
        List<CaseFacts> own = cases.stream().filter(c -> c.handlingAgencyCode() == null).toList();
        List<DelegationReport.ZoneRow> rows = new ArrayList<>();
        for (ZoneKind z : zones) {
            List<CaseFacts> delegated = cases.stream().filter(c -> z.code().equals(c.handlingAgencyCode())).toList();
            Set<String> codes = new HashSet<>();
            delegated.forEach(c -> codes.addAll(c.catalogCodes()));
            List<CaseFacts> comparable = own.stream().filter(c -> sameKind(c, codes, z.subjects())).toList();
            Figures d = figures(delegated, workingDays);
            Figures c = figures(comparable, workingDays);
            rows.add(new DelegationReport.ZoneRow(z.code(), z.name(), delegated.size(), d.replied(), d.average(),
                    d.overdue(), comparable.size(), c.average(), c.overdue()));
        }
        return new DelegationReport(from, to, List.copyOf(rows));
    }

    static boolean sameKind(CaseFacts c, Set<String> zoneCatalogCodes, List<String> subjects) {
        if (c.catalogCodes().stream().anyMatch(zoneCatalogCodes::contains)) {
            return true;
        }
        String title = DelegationSuggester.normalise(c.title());
        return subjects.stream().anyMatch(s -> !s.isBlank() && title.contains(DelegationSuggester.normalise(s)));
    }

    private record Figures(int replied, Double average, int overdue) {
    }

    private static Figures figures(List<CaseFacts> cases, BiFunction<LocalDate, LocalDate, Integer> workingDays) {
        int replied = 0;
        long days = 0;
        int overdue = 0;
        for (CaseFacts c : cases) {
            if (c.overdue()) {
                overdue++;
            }
            if (c.closedOn() != null && REPLIED.contains(c.stage())) {
                replied++;
                days += workingDays.apply(c.receiptDate(), c.closedOn());
            }
        }
        Double average = replied == 0 ? null : Math.round(days * 10.0 / replied) / 10.0;
        return new Figures(replied, average, overdue);
    }

    /** The report as CSV (UTF-8 with BOM for spreadsheet programs), one line per zone, Chinese headers. */
    static String csv(DelegationReport r) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("开发区代码,开发区,起始日期,截止日期,委托件数,已答复,平均答复工作日,逾期件数,同类非委托件数,同类平均答复工作日,同类逾期件数\r\n");
        for (DelegationReport.ZoneRow z : r.zones()) {
            b.append(cell(z.zoneCode())).append(',').append(cell(z.zoneName())).append(',').append(r.from()).append(',')
                    .append(r.to()).append(',').append(z.cases()).append(',').append(z.replied()).append(',')
                    .append(number(z.averageWorkingDays())).append(',').append(z.overdue()).append(',')
                    .append(z.comparableCases()).append(',').append(number(z.comparableAverageWorkingDays())).append(',')
                    .append(z.comparableOverdue()).append("\r\n");
        }
        return b.toString();
    }

    private static String number(Double d) {
        return d == null ? "" : String.valueOf(d);
    }

    /** A CSV cell: quoted when needed; a leading formula character is defused (CSV injection). */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
