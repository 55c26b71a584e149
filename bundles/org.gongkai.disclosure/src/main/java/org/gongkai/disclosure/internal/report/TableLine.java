package org.gongkai.disclosure.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One numeric line of the section 三 table: 一 new, 二 carried over, the 21 result rows, （七）总计 and 四 carried
 * forward — 25 lines in table order, each with seven numbers.
 */
public record TableLine(Kind kind, ReportRow row) {
    /** Number of lines in the table. */
    public static final int COUNT = 2 + ReportRow.values().length + 2;
    public static final TableLine NEW_RECEIVED = new TableLine(Kind.NEW_RECEIVED, null);
    public static final TableLine CARRIED_OVER = new TableLine(Kind.CARRIED_OVER, null);
    public static final TableLine RESULTS_TOTAL = new TableLine(Kind.RESULTS_TOTAL, null);
    public static final TableLine CARRIED_FORWARD = new TableLine(Kind.CARRIED_FORWARD, null);
    private static final List<TableLine> ALL = buildAll();

    /** What a line counts. */
    public enum Kind {
        NEW_RECEIVED, CARRIED_OVER, RESULT, RESULTS_TOTAL, CARRIED_FORWARD
    }

    public TableLine {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.RESULT) != (row != null)) {
            throw new IllegalArgumentException("A result line has a row, other lines have none");
        }
    }

    /** The line of one result row. */
    public static TableLine result(ReportRow row) {
        return new TableLine(Kind.RESULT, Objects.requireNonNull(row, "row"));
    }

    /** All 25 lines in table order. */
    public static List<TableLine> all() {
        return ALL;
    }

    private static List<TableLine> buildAll() {
        List<TableLine> lines = new ArrayList<>();
        lines.add(NEW_RECEIVED);
        lines.add(CARRIED_OVER);
        for (ReportRow r : ReportRow.values()) {
            lines.add(result(r));
        }
        lines.add(RESULTS_TOTAL);
        lines.add(CARRIED_FORWARD);
        return List.copyOf(lines);
    }

    /** Position in {@link #all()}. */
    public int index() {
        return switch (kind) {
            case NEW_RECEIVED -> 0;
            case CARRIED_OVER -> 1;
            case RESULT -> 2 + row.ordinal();
            case RESULTS_TOTAL -> COUNT - 2;
            case CARRIED_FORWARD -> COUNT - 1;
        };
    }

    /** The line's label, exact for 一, 二, （七） and 四; group plus sub-row label for result rows. */
    public String labelZh() {
        return switch (kind) {
            case NEW_RECEIVED -> "一、本年新收政府信息公开申请数量";
            case CARRIED_OVER -> "二、上年结转政府信息公开申请数量";
            case RESULT -> row.fullLabelZh();
            case RESULTS_TOTAL -> "（七）总计";
            case CARRIED_FORWARD -> "四、结转下年度继续办理";
        };
    }

    public String labelEn() {
        return switch (kind) {
            case NEW_RECEIVED -> "I. New applications received this year";
            case CARRIED_OVER -> "II. Applications carried over from last year";
            case RESULT -> row.fullLabelEn();
            case RESULTS_TOTAL -> "(7) Total handled";
            case CARRIED_FORWARD -> "IV. Carried forward to next year";
        };
    }
}
