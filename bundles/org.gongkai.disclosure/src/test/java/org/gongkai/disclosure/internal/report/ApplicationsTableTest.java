package org.gongkai.disclosure.internal.report;

import static org.gongkai.disclosure.internal.report.ReportColumn.COMMERCIAL_ENTERPRISE;
import static org.gongkai.disclosure.internal.report.ReportColumn.LEGAL_SERVICE_ORG;
import static org.gongkai.disclosure.internal.report.ReportColumn.NATURAL_PERSON;
import static org.gongkai.disclosure.internal.report.ReportColumn.OTHER_ORG;
import static org.gongkai.disclosure.internal.report.ReportColumn.TOTAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class ApplicationsTableTest {

    /** The 2025 table counted by hand from ReportFixture: columns 自然人, 商业企业, 科研, 公益, 法律, 其他, 总计. */
    static final Map<TableLine, int[]> EXPECTED_2025 = Map.ofEntries(
            Map.entry(TableLine.NEW_RECEIVED, new int[] {9, 3, 1, 1, 1, 1, 16}),
            Map.entry(TableLine.CARRIED_OVER, new int[] {2, 0, 0, 0, 1, 0, 3}),
            Map.entry(TableLine.result(ReportRow.GRANTED), new int[] {4, 1, 0, 0, 0, 0, 5}),
            Map.entry(TableLine.result(ReportRow.PARTIALLY_GRANTED), new int[] {1, 0, 0, 0, 1, 0, 2}),
            Map.entry(TableLine.result(ReportRow.WITHHELD_PROCESS_INFORMATION), new int[] {0, 0, 1, 0, 0, 0, 1}),
            Map.entry(TableLine.result(ReportRow.UNAVAILABLE_NOT_HELD), new int[] {1, 0, 0, 0, 0, 0, 1}),
            Map.entry(TableLine.result(ReportRow.UNAVAILABLE_NEEDS_CREATION), new int[] {0, 1, 0, 0, 0, 0, 1}),
            Map.entry(TableLine.result(ReportRow.NOT_PROCESSED_PETITION), new int[] {0, 0, 0, 1, 0, 0, 1}),
            Map.entry(TableLine.result(ReportRow.NOT_PROCESSED_REPEATED), new int[] {0, 0, 0, 0, 1, 0, 1}),
            Map.entry(TableLine.result(ReportRow.OTHER_NOT_CORRECTED), new int[] {2, 0, 0, 0, 0, 0, 2}),
            Map.entry(TableLine.result(ReportRow.OTHER_FEE_UNPAID), new int[] {0, 0, 0, 0, 0, 1, 1}),
            Map.entry(TableLine.result(ReportRow.OTHER), new int[] {1, 0, 0, 0, 0, 0, 1}),
            Map.entry(TableLine.RESULTS_TOTAL, new int[] {9, 2, 1, 1, 2, 1, 16}),
            Map.entry(TableLine.CARRIED_FORWARD, new int[] {2, 1, 0, 0, 0, 0, 3}));

    static ApplicationsTable table2025() {
        return ApplicationsTable.compute(2025, ReportFixture.cases());
    }

    @Test
    void everyCellOf2025MatchesTheHandCount() {
        ApplicationsTable t = table2025();
        for (TableLine line : TableLine.all()) {
            int[] expected = EXPECTED_2025.getOrDefault(line, new int[7]);
            assertArrayEquals(expected, t.numbers()[line.index()], line.labelZh());
        }
    }

    @Test
    void namedCellsOf2025() {
        ApplicationsTable t = table2025();
        assertEquals(9, t.newReceived(NATURAL_PERSON));
        assertEquals(16, t.newReceived(TOTAL));
        assertEquals(1, t.carriedOver(LEGAL_SERVICE_ORG));
        assertEquals(4, t.result(ReportRow.GRANTED, NATURAL_PERSON));
        assertEquals(1, t.result(ReportRow.OTHER_FEE_UNPAID, OTHER_ORG));
        assertEquals(0, t.result(ReportRow.WITHHELD_STATE_SECRET, TOTAL), "C21 closes only in 2026");
        assertEquals(16, t.resultsTotal(TOTAL));
        assertEquals(1, t.carriedForward(COMMERCIAL_ENTERPRISE), "C20 waits for correction: open");
        assertEquals(3, t.carriedForward(TOTAL));
        assertEquals(2025, t.year());
    }

    @Test
    void carriedForwardOfOneYearIsCarriedOverOfTheNext() {
        ApplicationsTable y2024 = ApplicationsTable.compute(2024, ReportFixture.cases());
        ApplicationsTable y2025 = table2025();
        ApplicationsTable y2026 = ApplicationsTable.compute(2026, ReportFixture.cases());
        for (ReportColumn c : ReportColumn.values()) {
            assertEquals(y2024.carriedForward(c), y2025.carriedOver(c), c.name());
            assertEquals(y2025.carriedForward(c), y2026.carriedOver(c), c.name());
        }
        assertArrayEquals(new int[] {3, 2, 0, 0, 1, 0, 6}, y2024.numbers()[TableLine.NEW_RECEIVED.index()]);
        assertArrayEquals(new int[] {2, 0, 0, 0, 1, 0, 3}, y2024.numbers()[TableLine.CARRIED_FORWARD.index()]);
        assertEquals(1, y2024.result(ReportRow.NOT_PROCESSED_PUBLICATION, COMMERCIAL_ENTERPRISE), "C06 on 31 Dec");
        assertArrayEquals(new int[] {2, 1, 0, 0, 0, 0, 3}, y2026.numbers()[TableLine.CARRIED_OVER.index()]);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 1, 2}, y2026.numbers()[TableLine.NEW_RECEIVED.index()]);
        assertEquals(1, y2026.result(ReportRow.WITHHELD_STATE_SECRET, NATURAL_PERSON));
        assertEquals(1, y2026.result(ReportRow.NOT_PROCESSED_EXCESSIVE, NATURAL_PERSON));
        assertArrayEquals(new int[] {3, 0, 0, 0, 0, 1, 4}, y2026.numbers()[TableLine.RESULTS_TOTAL.index()]);
        assertArrayEquals(new int[] {0, 1, 0, 0, 0, 0, 1}, y2026.numbers()[TableLine.CARRIED_FORWARD.index()]);
    }

    @Test
    void computedTablesPassTheIntegrityCheck() {
        for (int year = 2023; year <= 2027; year++) {
            ApplicationsTable t = ApplicationsTable.compute(year, ReportFixture.cases());
            assertEquals(List.of(), IntegrityCheck.check(t), "year " + year);
        }
    }

    @Test
    void caseClosedBeforeItsReceiptIsReportedAndLeftOut() {
        ApplicationsTable t = table2025();
        assertEquals(1, t.problems().size());
        ReportProblem p = t.problems().get(0);
        assertEquals("C24", p.caseNumber());
        assertTrue(p.zh().contains("早于收到申请之日"), p.zh());
        assertTrue(p.en().contains("before its receipt date"), p.en());
    }

    @Test
    void inconsistentCasesAreProblemsNotCrashes() {
        LocalDate d = LocalDate.of(2025, 3, 1);
        List<ReportCase> cases = new ArrayList<>();
        cases.add(new ReportCase("A1", "X", ApplicantType.NATURAL_PERSON, d, d.plusDays(5), ReportRow.GRANTED));
        cases.add(new ReportCase("A1", "X", ApplicantType.NATURAL_PERSON, d, d.plusDays(5), ReportRow.GRANTED));
        cases.add(new ReportCase("A2", "X", ApplicantType.NATURAL_PERSON, d, d.plusDays(5), null));
        cases.add(new ReportCase("A3", "X", ApplicantType.NATURAL_PERSON, d, null, ReportRow.GRANTED));
        cases.add(new ReportCase("A4", "X", null, d, null, null));
        cases.add(new ReportCase("A5", "X", ApplicantType.NATURAL_PERSON, null, null, null));
        cases.add(new ReportCase(" ", "X", ApplicantType.NATURAL_PERSON, d, null, null));
        cases.add(null);
        ApplicationsTable t = ApplicationsTable.compute(2025, cases);
        assertEquals(7, t.problems().size(), t.problems().toString());
        assertEquals(1, t.newReceived(TOTAL), "only the first A1 counts");
        assertEquals(1, t.result(ReportRow.GRANTED, NATURAL_PERSON));
        assertEquals(List.of(), IntegrityCheck.check(t));
    }

    @Test
    void countyTableIsTheSumOfTheAgencies() {
        ApplicationsTable county = table2025();
        ApplicationsTable summed = ApplicationsTable.sum(2025, List.of(
                ApplicationsTable.compute(2025, ReportFixture.cases(ReportFixture.GKB)),
                ApplicationsTable.compute(2025, ReportFixture.cases(ReportFixture.ZJJ))));
        assertArrayEquals(county.numbers(), summed.numbers());
        assertEquals(1, summed.problems().size());
        assertEquals(2, ApplicationsTable.compute(2025, ReportFixture.cases(ReportFixture.ZJJ))
                .result(ReportRow.GRANTED, TOTAL), "C09 and ZJJ's own C08");
    }

    @Test
    void numbersAreDefensiveCopies() {
        ApplicationsTable t = table2025();
        t.numbers()[0][0] = 999;
        assertEquals(9, t.newReceived(NATURAL_PERSON));
        int[][] raw = t.numbers();
        ApplicationsTable imported = ApplicationsTable.fromNumbers(2025, raw);
        raw[0][0] = 999;
        assertEquals(9, imported.newReceived(NATURAL_PERSON));
    }

    @Test
    void fromNumbersRejectsAWrongShape() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ApplicationsTable.fromNumbers(2025, new int[24][7]));
        assertEquals("numbers", e.fieldErrors().get(0).field());
        int[][] ragged = new int[25][7];
        ragged[3] = new int[6];
        e = assertThrows(ValidationException.class, () -> ApplicationsTable.fromNumbers(2025, ragged));
        assertEquals("numbers[3]", e.fieldErrors().get(0).field());
    }

    @Test
    void tableLinesAreInNationalOrder() {
        List<TableLine> all = TableLine.all();
        assertEquals(25, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).index());
        }
        assertEquals("一、本年新收政府信息公开申请数量", all.get(0).labelZh());
        assertEquals("（一）予以公开", all.get(2).labelZh());
        assertEquals("（三）不予公开 1.属于国家秘密", all.get(4).labelZh());
        assertEquals("（六）其他处理 3.其他", all.get(22).labelZh());
        assertEquals("（七）总计", all.get(23).labelZh());
        assertEquals("四、结转下年度继续办理", all.get(24).labelZh());
    }
}
