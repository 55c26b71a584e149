package org.gongkai.disclosure.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts cases into the section 三 table of one year; see {@link ApplicationsTable#compute} for the rule. */
final class ApplicationsTableCalculator {
    private static final int TOTAL = ReportColumn.TOTAL.ordinal();

    private ApplicationsTableCalculator() {
    }

    static ApplicationsTable compute(int year, List<ReportCase> cases) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] cells = new int[TableLine.COUNT][ReportColumn.values().length];
        List<ReportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReportCase c : cases) {
            ReportProblem problem = problemOf(c, seen);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            if (c.receiptDate().isAfter(last) || (c.closedOn() != null && c.closedOn().isBefore(first))) {
                continue;
            }
            int column = ReportColumn.of(c.applicantType()).ordinal();
            boolean newThisYear = !c.receiptDate().isBefore(first);
            add(cells, newThisYear ? TableLine.NEW_RECEIVED : TableLine.CARRIED_OVER, column);
            if (c.closedOn() != null && !c.closedOn().isAfter(last)) {
                add(cells, TableLine.result(c.row()), column);
                add(cells, TableLine.RESULTS_TOTAL, column);
            } else {
                add(cells, TableLine.CARRIED_FORWARD, column);
            }
        }
        return new ApplicationsTable(year, cells, problems);
    }

    private static void add(int[][] cells, TableLine line, int column) {
        cells[line.index()][column]++;
        cells[line.index()][TOTAL]++;
    }

    /** Why the case cannot be counted, or null if it can; records its number as seen. */
    private static ReportProblem problemOf(ReportCase c, Set<String> seen) {
        if (c == null) {
            return new ReportProblem(null, "空的案件记录", "Empty case record");
        }
        String n = c.number();
        if (n == null || n.isBlank()) {
            return new ReportProblem(n, "案件没有编号", "The case has no number");
        }
        if (!seen.add(c.agencyCode() + "\u0000" + n)) {
            return new ReportProblem(n, "同一机关的案件编号重复出现，只统计第一次",
                    "The same agency's case number appears twice; only the first is counted");
        }
        if (c.applicantType() == null) {
            return new ReportProblem(n, "案件没有申请人类型", "The case has no applicant type");
        }
        if (c.receiptDate() == null) {
            return new ReportProblem(n, "案件没有收到申请之日", "The case has no date of receipt");
        }
        if (c.closedOn() != null && c.closedOn().isBefore(c.receiptDate())) {
            return new ReportProblem(n, "办结日期（" + c.closedOn() + "）早于收到申请之日（" + c.receiptDate() + "）",
                    "Closed on " + c.closedOn() + ", before its receipt date " + c.receiptDate());
        }
        if (c.closedOn() != null && c.row() == null) {
            return new ReportProblem(n, "已办结的案件没有统计行", "A closed case has no report row");
        }
        if (c.closedOn() == null && c.row() != null) {
            return new ReportProblem(n, "未办结的案件已有统计行，请核对办结日期",
                    "An open case already has a report row; check its closing date");
        }
        return null;
    }
}
