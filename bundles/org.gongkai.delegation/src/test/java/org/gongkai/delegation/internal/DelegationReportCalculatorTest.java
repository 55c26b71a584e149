package org.gongkai.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.internal.calendar.TestCalendars;
import org.junit.jupiter.api.Test;

/** The delegation report from hand-built cases of March 2026 (no holidays that month). */
class DelegationReportCalculatorTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final String BLJ = "LC-DZ-BLJ";
    private static final String GTJ = "LC-DZ-GTJ";

    private final WorkingDayCalendar calendar = TestCalendars.shipped(
            Clock.fixed(Instant.parse("2026-04-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    private final BiFunction<LocalDate, LocalDate, Integer> days = (a, b) -> calendar.workingDaysBetween(a, b).days();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static CaseFacts fact(String number, String title, String zone, Stage stage, String receipt,
            String closed, boolean overdue, List<String> codes) {
        return new CaseFacts(number, title, "LC-GKB", zone, zone == null ? null : Instant.parse("2026-03-03T02:00:00Z"),
                stage, d(receipt), d(receipt).plusDays(28), closed == null ? null : d(closed),
                closed == null ? null : "DISCLOSED", overdue, codes);
    }

    private List<CaseFacts> march() {
        return List.of(
                // BLJ: replied after 9 working days (3-03..3-06, 3-09..3-13) and after 4 (3-03..3-06)
                fact("YS1", "八里街标准厂房租赁合同", BLJ, Stage.DELIVERED, "2026-03-02", "2026-03-13", false, List.of("LAND-03")),
                fact("YS2", "八里街征地批复", BLJ, Stage.ARCHIVED, "2026-03-02", "2026-03-06", false, List.of()),
                // withdrawn: a case, not a reply
                fact("YS3", "八里街某项目环评", BLJ, Stage.WITHDRAWN, "2026-03-04", "2026-03-05", false, List.of()),
                // still open and past its date
                fact("YS4", "八里街道路规划", BLJ, Stage.DRAFTING, "2026-03-05", null, true, List.of()),
                // the government's own: same catalog entry, 20 working days (3-03 .. 3-30), late
                fact("YS5", "某村土地征收批复", null, Stage.DELIVERED, "2026-03-02", "2026-03-30", true, List.of("LAND-03")),
                // the government's own: a zone subject in the title, 5 working days (3-10..3-13, 3-16)
                fact("YS6", "甘棠江标准厂房建设资金", null, Stage.DELIVERED, "2026-03-09", "2026-03-16", false, List.of()),
                // the government's own, of another kind
                fact("YS7", "县教育局部门预算", null, Stage.DELIVERED, "2026-03-09", "2026-03-10", false, List.of()));
    }

    @Test
    void perZoneCasesAverageWorkingDaysOverdueAndTheComparison() {
        DelegationReport r = DelegationReportCalculator.compute(FROM, TO, march(), List.of(
                new DelegationReportCalculator.ZoneKind(BLJ, "八里街开发区", List.of("标准厂房")),
                new DelegationReportCalculator.ZoneKind(GTJ, "甘棠江园区", List.of())), days);

        DelegationReport.ZoneRow blj = r.zones().get(0);
        assertEquals(4, blj.cases());
        assertEquals(2, blj.replied());
        assertEquals(6.5, blj.averageWorkingDays());
        assertEquals(1, blj.overdue());
        // YS5 (shared catalog entry LAND-03) and YS6 (标准厂房 in the title); not YS7
        assertEquals(2, blj.comparableCases());
        assertEquals(12.5, blj.comparableAverageWorkingDays());
        assertEquals(1, blj.comparableOverdue());

        DelegationReport.ZoneRow gtj = r.zones().get(1);
        assertEquals(0, gtj.cases());
        assertNull(gtj.averageWorkingDays());
        assertEquals(0, gtj.comparableCases());
        assertNull(gtj.comparableAverageWorkingDays());
    }

    @Test
    void workingDaysComeFromTheCalendar() {
        assertEquals(9, days.apply(d("2026-03-02"), d("2026-03-13")));
        assertEquals(20, days.apply(d("2026-03-02"), d("2026-03-30")));
        assertEquals(5, days.apply(d("2026-03-09"), d("2026-03-16")));
    }

    @Test
    void csvHasOneLinePerZoneWithChineseHeaders() {
        DelegationReport r = DelegationReportCalculator.compute(FROM, TO, march(), List.of(
                new DelegationReportCalculator.ZoneKind(BLJ, "八里街开发区", List.of("标准厂房"))), days);

        String csv = DelegationReportCalculator.csv(r);

        assertTrue(csv.startsWith("\uFEFF开发区代码,开发区,起始日期,截止日期,委托件数,已答复,平均答复工作日,逾期件数,同类非委托件数,"));
        assertEquals("LC-DZ-BLJ,八里街开发区,2026-03-01,2026-03-31,4,2,6.5,1,2,12.5,1", csv.split("\r\n")[1]);
        assertEquals(2, csv.split("\r\n").length);
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a,b\"", DelegationReportCalculator.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", DelegationReportCalculator.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", DelegationReportCalculator.cell("=HYPERLINK(1)"));
        assertEquals("", DelegationReportCalculator.cell(null));
    }
}
