package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.disclosure.internal.report.IntegrityViolation.Rule;
import org.junit.jupiter.api.Test;

class IntegrityCheckTest {
    private static final int NP = ReportColumn.NATURAL_PERSON.ordinal();
    private static final int CE = ReportColumn.COMMERCIAL_ENTERPRISE.ordinal();
    private static final int TOTAL = ReportColumn.TOTAL.ordinal();

    private static int[][] good() {
        return ApplicationsTableTest.table2025().numbers();
    }

    private static Set<Rule> rules(List<IntegrityViolation> vs) {
        return vs.stream().map(IntegrityViolation::rule).collect(Collectors.toSet());
    }

    @Test
    void aHandTypedConsistentTablePasses() {
        int[][] n = new int[25][7];
        n[TableLine.NEW_RECEIVED.index()] = new int[] {3, 1, 0, 0, 0, 0, 4};
        n[TableLine.CARRIED_OVER.index()] = new int[] {1, 0, 0, 0, 0, 0, 1};
        n[TableLine.result(ReportRow.GRANTED).index()] = new int[] {2, 1, 0, 0, 0, 0, 3};
        n[TableLine.result(ReportRow.OTHER).index()] = new int[] {1, 0, 0, 0, 0, 0, 1};
        n[TableLine.RESULTS_TOTAL.index()] = new int[] {3, 1, 0, 0, 0, 0, 4};
        n[TableLine.CARRIED_FORWARD.index()] = new int[] {1, 0, 0, 0, 0, 0, 1};
        assertEquals(List.of(), IntegrityCheck.check(ApplicationsTable.fromNumbers(2025, n)));
    }

    @Test
    void balanceRuleBroken() {
        int[][] n = good();
        n[TableLine.NEW_RECEIVED.index()][NP]++;
        n[TableLine.NEW_RECEIVED.index()][TOTAL]++;
        List<IntegrityViolation> vs = IntegrityCheck.check(ApplicationsTable.fromNumbers(2025, n));
        assertEquals(2, vs.size(), vs.toString());
        assertEquals(Set.of(Rule.BALANCE), rules(vs));
        IntegrityViolation np = vs.get(0);
        assertEquals(ReportColumn.NATURAL_PERSON, np.column());
        assertEquals(12, np.expected());
        assertEquals(11, np.actual());
        assertEquals("自然人列：第一项加第二项之和（12）不等于第三项加第四项之和（11）", np.zh());
        assertTrue(np.en().startsWith("Natural person: new + carried over (12)"), np.en());
        assertEquals(ReportColumn.TOTAL, vs.get(1).column());
    }

    @Test
    void resultsSumRuleBroken() {
        int[][] n = good();
        n[TableLine.result(ReportRow.GRANTED).index()][NP]++;
        n[TableLine.result(ReportRow.GRANTED).index()][TOTAL]++;
        List<IntegrityViolation> vs = IntegrityCheck.check(ApplicationsTable.fromNumbers(2025, n));
        assertEquals(Set.of(Rule.RESULTS_SUM), rules(vs));
        assertEquals(2, vs.size());
        assertEquals(10, vs.get(0).expected());
        assertEquals(9, vs.get(0).actual());
        assertEquals("自然人列：（七）总计为 9，但（一）至（六）各项之和为 10", vs.get(0).zh());
    }

    @Test
    void columnTotalRuleBroken() {
        int[][] n = good();
        n[TableLine.NEW_RECEIVED.index()][CE]++;
        n[TableLine.CARRIED_FORWARD.index()][CE]++;
        List<IntegrityViolation> vs = IntegrityCheck.check(ApplicationsTable.fromNumbers(2025, n));
        assertEquals(Set.of(Rule.COLUMN_TOTAL), rules(vs));
        assertEquals(List.of(TableLine.NEW_RECEIVED, TableLine.CARRIED_FORWARD),
                vs.stream().map(IntegrityViolation::line).toList());
        assertEquals("一、本年新收政府信息公开申请数量：总计为 16，但六类申请人之和为 17", vs.get(0).zh());
    }

    @Test
    void everyRuleReportedAtOnce() {
        int[][] n = good();
        n[TableLine.CARRIED_OVER.index()][TOTAL] = 4;                         // 总计 ≠ sum, and 一+二 ≠ 三+四 in 总计
        n[TableLine.result(ReportRow.OTHER).index()][ReportColumn.OTHER_ORG.ordinal()] = 1;  // leaves ≠ （七）, 总计 ≠ sum
        n[TableLine.result(ReportRow.WITHHELD_STATE_SECRET).index()][NP] = -1;
        List<IntegrityViolation> vs = IntegrityCheck.check(ApplicationsTable.fromNumbers(2025, n));
        assertEquals(Set.of(Rule.NON_NEGATIVE, Rule.BALANCE, Rule.RESULTS_SUM, Rule.COLUMN_TOTAL), rules(vs));
        for (IntegrityViolation v : vs) {
            assertTrue(!v.zh().isBlank() && !v.en().isBlank());
        }
    }

    @Test
    void remedyTableTotals() {
        assertEquals(List.of(), IntegrityCheck.check(RemedyTable.compute(2025, ReportFixture.remedies())));
        List<IntegrityViolation> vs = IntegrityCheck.check(
                RemedyTable.fromNumbers(2025, new int[] {1, 1, 0, 2, 4, 1, 0, 0, 1, 3, 0, 0, 0, -1, -1}));
        assertEquals(List.of(Rule.REMEDY_TOTAL, Rule.NON_NEGATIVE, Rule.NON_NEGATIVE), vs.stream().map(IntegrityViolation::rule).toList());
        assertEquals("未经复议直接起诉：总计为 3，但四项结果之和为 2", vs.get(0).zh());
    }
}
