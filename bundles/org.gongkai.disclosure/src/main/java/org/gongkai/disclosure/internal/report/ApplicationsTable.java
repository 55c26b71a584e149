package org.gongkai.disclosure.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;

/**
 * The numbers of section 三 (收到和处理政府信息公开申请情况) for one year: 25 {@link TableLine lines} × 7
 * {@link ReportColumn columns}. Either computed from cases ({@link #compute}), which always satisfies
 * {@link IntegrityCheck}, or taken as entered or imported ({@link #fromNumbers}), which may not.
 */
public final class ApplicationsTable {
    private static final int COLUMNS = ReportColumn.values().length;

    private final int year;
    private final int[][] cells;
    private final List<ReportProblem> problems;

    ApplicationsTable(int year, int[][] cells, List<ReportProblem> problems) {
        this.year = year;
        this.cells = copy(cells);
        this.problems = List.copyOf(problems);
    }

    /**
     * The table of {@code year} from the cases of one agency or of several (the county-wide table is just the sum).
     * Counting rule: cases received after 31 Dec of the year, or closed before 1 Jan of it, are ignored; of the rest,
     * those received in the year count in 一 and the others in 二; those closed by 31 Dec count in their row of 三,
     * the others in 四. Cases with inconsistent data are left out and listed in {@link #problems()}.
     */
    public static ApplicationsTable compute(int year, List<ReportCase> cases) {
        return ApplicationsTableCalculator.compute(year, cases);
    }

    /**
     * A table from raw numbers, e.g. edited by hand or imported: {@code numbers[line][column]} in the order of
     * {@link TableLine#all()} and {@link ReportColumn#values()}, 总计 included as given (not recomputed).
     *
     * @throws ValidationException if the shape is not 25 × 7
     */
    public static ApplicationsTable fromNumbers(int year, int[][] numbers) {
        List<FieldError> errors = new ArrayList<>();
        if (numbers == null || numbers.length != TableLine.COUNT) {
            errors.add(FieldError.of("numbers", "表格应有 " + TableLine.COUNT + " 行数字",
                    "The table needs " + TableLine.COUNT + " lines of numbers"));
        } else {
            for (int i = 0; i < numbers.length; i++) {
                if (numbers[i] == null || numbers[i].length != COLUMNS) {
                    errors.add(FieldError.of("numbers[" + i + "]", "每行应有 " + COLUMNS + " 个数字",
                            "Each line needs " + COLUMNS + " numbers"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ApplicationsTable(year, numbers, List.of());
    }

    /** The cell-by-cell sum of several tables (e.g. the departments' imported tables), problems included. */
    public static ApplicationsTable sum(int year, List<ApplicationsTable> tables) {
        int[][] total = new int[TableLine.COUNT][COLUMNS];
        List<ReportProblem> problems = new ArrayList<>();
        for (ApplicationsTable t : tables) {
            for (int l = 0; l < TableLine.COUNT; l++) {
                for (int c = 0; c < COLUMNS; c++) {
                    total[l][c] = Math.addExact(total[l][c], t.cells[l][c]);
                }
            }
            problems.addAll(t.problems);
        }
        return new ApplicationsTable(year, total, problems);
    }

    public int year() {
        return year;
    }

    public int value(TableLine line, ReportColumn column) {
        return cells[line.index()][column.ordinal()];
    }

    /** 一、本年新收. */
    public int newReceived(ReportColumn column) {
        return value(TableLine.NEW_RECEIVED, column);
    }

    /** 二、上年结转. */
    public int carriedOver(ReportColumn column) {
        return value(TableLine.CARRIED_OVER, column);
    }

    /** One result row of 三. */
    public int result(ReportRow row, ReportColumn column) {
        return value(TableLine.result(row), column);
    }

    /** 三（七）总计. */
    public int resultsTotal(ReportColumn column) {
        return value(TableLine.RESULTS_TOTAL, column);
    }

    /** 四、结转下年度继续办理. */
    public int carriedForward(ReportColumn column) {
        return value(TableLine.CARRIED_FORWARD, column);
    }

    /** A copy of all numbers, {@code [line][column]} as in {@link #fromNumbers}. */
    public int[][] numbers() {
        return copy(cells);
    }

    /** The cases left out because of inconsistent data (empty for tables made from numbers). */
    public List<ReportProblem> problems() {
        return problems;
    }

    private static int[][] copy(int[][] source) {
        int[][] out = new int[source.length][];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[i].clone();
        }
        return out;
    }
}
