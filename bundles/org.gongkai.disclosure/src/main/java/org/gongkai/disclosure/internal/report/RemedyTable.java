package org.gongkai.disclosure.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;
import org.gongkai.platform.ValidationException;

/**
 * The numbers of section 四 (政府信息公开行政复议、行政诉讼情况) for one year: for 行政复议, 未经复议直接起诉 and 复议后起诉,
 * the counts 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 — 15 numbers.
 *
 * <p>Counting rule of {@link #compute}: a case decided within the year counts under its result; a case filed by
 * 31 Dec and not decided by then counts as 尚未审结 (a snapshot at year end, so a case pending at the end of one year
 * counts again under its result in the year it is decided); cases filed after the year or decided before it are
 * ignored. 总计 is the sum of the four. Cases with inconsistent data are left out and listed in {@link #problems()}.
 */
public final class RemedyTable {
    /** Numbers per group: the four results and 总计. */
    public static final int PER_GROUP = Result.values().length + 1;

    private final int year;
    private final int[][] cells;
    private final List<ReportProblem> problems;

    private RemedyTable(int year, int[][] cells, List<ReportProblem> problems) {
        this.year = year;
        this.cells = cells;
        this.problems = List.copyOf(problems);
    }

    /** The section 四 table of {@code year} from the agency's (or county's) remedy cases. */
    public static RemedyTable compute(int year, List<RemedyCase> cases) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] cells = new int[Kind.values().length][PER_GROUP];
        List<ReportProblem> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            RemedyCase c = cases.get(i);
            ReportProblem problem = problemOf(i, c);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            if (c.filedOn().isAfter(last) || (c.decidedOn() != null && c.decidedOn().isBefore(first))) {
                continue;
            }
            boolean decided = c.decidedOn() != null && !c.decidedOn().isAfter(last);
            int[] group = cells[c.kind().ordinal()];
            group[(decided ? c.result() : Result.PENDING).ordinal()]++;
            group[PER_GROUP - 1]++;
        }
        return new RemedyTable(year, cells, problems);
    }

    /**
     * A table from the 15 numbers in national order (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5; each group 维持, 纠正,
     * 其他, 尚未审结, 总计), totals as given.
     *
     * @throws ValidationException if there are not 15 numbers
     */
    public static RemedyTable fromNumbers(int year, int[] numbers) {
        int size = Kind.values().length * PER_GROUP;
        if (numbers == null || numbers.length != size) {
            throw ValidationException.of("numbers", "复议、诉讼表应有 " + size + " 个数字",
                    "The remedy table needs " + size + " numbers");
        }
        int[][] cells = new int[Kind.values().length][PER_GROUP];
        for (int i = 0; i < size; i++) {
            cells[i / PER_GROUP][i % PER_GROUP] = numbers[i];
        }
        return new RemedyTable(year, cells, List.of());
    }

    private static ReportProblem problemOf(int index, RemedyCase c) {
        String ref = "remedy[" + index + "]";
        if (c == null || c.kind() == null || c.filedOn() == null) {
            return new ReportProblem(ref, "复议或诉讼记录缺少类别或提起日期", "The remedy case has no kind or filing date");
        }
        if (c.decidedOn() != null && c.decidedOn().isBefore(c.filedOn())) {
            return new ReportProblem(ref, "审结日期（" + c.decidedOn() + "）早于提起日期（" + c.filedOn() + "）",
                    "Decided on " + c.decidedOn() + ", before it was filed on " + c.filedOn());
        }
        if (c.decidedOn() != null && (c.result() == null || c.result() == Result.PENDING)) {
            return new ReportProblem(ref, "已审结的案件没有结果", "A decided case has no result");
        }
        if (c.decidedOn() == null && c.result() != null && c.result() != Result.PENDING) {
            return new ReportProblem(ref, "已有结果的案件没有审结日期", "A case with a result has no decision date");
        }
        return null;
    }

    public int year() {
        return year;
    }

    /** The count of one result column of a group. */
    public int count(Kind kind, Result result) {
        return cells[kind.ordinal()][result.ordinal()];
    }

    /** The 总计 of a group. */
    public int total(Kind kind) {
        return cells[kind.ordinal()][PER_GROUP - 1];
    }

    /** The 15 numbers in national order, as in {@link #fromNumbers}. */
    public int[] numbers() {
        int[] out = new int[Kind.values().length * PER_GROUP];
        for (int i = 0; i < out.length; i++) {
            out[i] = cells[i / PER_GROUP][i % PER_GROUP];
        }
        return out;
    }

    /** The cases left out because of inconsistent data. */
    public List<ReportProblem> problems() {
        return problems;
    }
}
