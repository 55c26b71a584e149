package org.gongkai.disclosure.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;

/**
 * Writes the section 三 and 四 tables as an XLSX workbook (fastexcel), one sheet each, with the header cells merged
 * like the national table and set up to print on one A4 page.
 */
public final class ReportXlsx {
    /** Sheet 1: the section 三 table. */
    public static final String APPLICATIONS_SHEET = "收到和处理政府信息公开申请情况";
    /** Sheet 2: the section 四 table. */
    public static final String REMEDIES_SHEET = "行政复议行政诉讼情况";
    private static final int FIRST_NUMBER_COLUMN = 3;

    private ReportXlsx() {
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(OutputStream out, String title, ApplicationsTable applications, RemedyTable remedies)
            throws IOException {
        Workbook wb = new Workbook(out, "Gongkai", "1.0");
        applicationsSheet(wb.newWorksheet(APPLICATIONS_SHEET), title, applications);
        remediesSheet(wb.newWorksheet(REMEDIES_SHEET), title, remedies);
        wb.finish();
    }

    /** The workbook as bytes. */
    public static byte[] bytes(String title, ApplicationsTable applications, RemedyTable remedies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            write(out, title, applications, remedies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void applicationsSheet(Worksheet ws, String title, ApplicationsTable t) {
        int lastColumn = FIRST_NUMBER_COLUMN + ReportColumn.values().length - 1;
        titleRow(ws, title, lastColumn);
        header(ws, 1, 0, 3, 2, ReportHtml.CORNER);
        header(ws, 1, 3, 1, lastColumn, "申请人情况");
        header(ws, 2, 3, 3, 3, ReportColumn.NATURAL_PERSON.labelZh());
        header(ws, 2, 4, 2, 8, "法人或其他组织");
        header(ws, 2, lastColumn, 3, lastColumn, ReportColumn.TOTAL.labelZh());
        List<ReportColumn> orgs = ReportColumn.applicantColumns().subList(1, 6);
        for (int i = 0; i < orgs.size(); i++) {
            header(ws, 3, 4 + i, 3, 4 + i, orgs.get(i).labelZh());
        }
        int r = 4;
        label(ws, r, 0, r, 2, "一、本年新收政府信息公开申请数量");
        numbers(ws, r++, t, TableLine.NEW_RECEIVED);
        label(ws, r, 0, r, 2, "二、上年结转政府信息公开申请数量");
        numbers(ws, r++, t, TableLine.CARRIED_OVER);
        label(ws, r, 0, r + ReportRow.values().length, 0, "三、本年度办理结果");
        for (ReportGroup g : ReportGroup.values()) {
            List<ReportRow> rows = g.rows();
            if (g.single()) {
                label(ws, r, 1, r, 2, rows.get(0).labelZh());
            } else {
                label(ws, r, 1, r + rows.size() - 1, 1, g.labelZh());
                for (int i = 0; i < rows.size(); i++) {
                    label(ws, r + i, 2, r + i, 2, rows.get(i).labelZh());
                }
            }
            for (ReportRow row : rows) {
                numbers(ws, r++, t, TableLine.result(row));
            }
        }
        label(ws, r, 1, r, 2, "（七）总计");
        numbers(ws, r++, t, TableLine.RESULTS_TOTAL);
        label(ws, r, 0, r, 2, "四、结转下年度继续办理");
        numbers(ws, r, t, TableLine.CARRIED_FORWARD);
        ws.width(0, 8);
        ws.width(1, 14);
        ws.width(2, 36);
        for (int c = FIRST_NUMBER_COLUMN; c <= lastColumn; c++) {
            ws.width(c, 9);
        }
        ws.rowHeight(1, 30);
        printSetup(ws, "portrait");
    }

    private static void remediesSheet(Worksheet ws, String title, RemedyTable t) {
        titleRow(ws, title, 14);
        header(ws, 1, 0, 1, 4, Kind.RECONSIDERATION.labelZh());
        header(ws, 1, 5, 1, 14, Kind.LITIGATION_DIRECT.headingZh());
        Result[] results = Result.values();
        for (int i = 0; i < results.length; i++) {
            header(ws, 2, i, 3, i, results[i].labelZh());
        }
        header(ws, 2, 4, 3, 4, "总计");
        header(ws, 2, 5, 2, 9, Kind.LITIGATION_DIRECT.labelZh());
        header(ws, 2, 10, 2, 14, Kind.LITIGATION_AFTER_RECONSIDERATION.labelZh());
        for (int group = 0; group < 2; group++) {
            int base = 5 + group * 5;
            for (int i = 0; i < results.length; i++) {
                header(ws, 3, base + i, 3, base + i, results[i].labelZh());
            }
            header(ws, 3, base + 4, 3, base + 4, "总计");
        }
        int[] numbers = t.numbers();
        for (int c = 0; c < numbers.length; c++) {
            ws.value(4, c, numbers[c]);
            ws.style(4, c).horizontalAlignment("center").borderStyle("thin").set();
            ws.width(c, 9);
        }
        printSetup(ws, "landscape");
    }

    private static void titleRow(Worksheet ws, String title, int lastColumn) {
        ws.value(0, 0, title == null ? "" : title);
        ws.range(0, 0, 0, lastColumn).style().bold().fontSize(14).horizontalAlignment("center").merge().set();
        ws.rowHeight(0, 24);
    }

    private static void header(Worksheet ws, int top, int left, int bottom, int right, String text) {
        cell(ws, top, left, bottom, right, text, true);
    }

    private static void label(Worksheet ws, int top, int left, int bottom, int right, String text) {
        cell(ws, top, left, bottom, right, text, false);
    }

    /** A bordered text cell; merged over the range when it spans more than one cell (never a 1×1 merge). */
    private static void cell(Worksheet ws, int top, int left, int bottom, int right, String text, boolean centered) {
        ws.value(top, left, text);
        var style = ws.range(top, left, bottom, right).style().verticalAlignment("center").wrapText(true)
                .borderStyle("thin");
        if (centered) {
            style = style.horizontalAlignment("center");
        }
        if (top != bottom || left != right) {
            style = style.merge();
        }
        style.set();
    }

    private static void numbers(Worksheet ws, int row, ApplicationsTable t, TableLine line) {
        for (ReportColumn c : ReportColumn.values()) {
            int col = FIRST_NUMBER_COLUMN + c.ordinal();
            ws.value(row, col, t.value(line, c));
            ws.style(row, col).horizontalAlignment("center").borderStyle("thin").set();
        }
    }

    private static void printSetup(Worksheet ws, String orientation) {
        ws.pageOrientation(orientation);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 1);
    }
}
