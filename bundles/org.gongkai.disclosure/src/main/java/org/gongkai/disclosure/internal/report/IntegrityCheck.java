package org.gongkai.disclosure.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.disclosure.internal.report.IntegrityViolation.Rule;

/**
 * Checks the consistency rules of the report tables (disclosure-law.md §2.2–2.3) on any table, computed, edited or
 * imported, and lists every violation with a bilingual message; an empty list means the table is consistent.
 */
public final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /** The violations of the section 三 table: negative counts, then rules 1 (balance), 2 (results sum), 3 (总计). */
    public static List<IntegrityViolation> check(ApplicationsTable t) {
        List<IntegrityViolation> out = new ArrayList<>();
        for (TableLine line : TableLine.all()) {
            for (ReportColumn c : ReportColumn.values()) {
                int v = t.value(line, c);
                if (v < 0) {
                    out.add(new IntegrityViolation(Rule.NON_NEGATIVE, line, c, 0, v,
                            line.labelZh() + "／" + c.labelZh() + "：数字为负（" + v + "）",
                            line.labelEn() + " / " + c.labelEn() + ": negative count (" + v + ")"));
                }
            }
        }
        for (ReportColumn c : ReportColumn.values()) {
            long in = (long) t.newReceived(c) + t.carriedOver(c);
            long outSide = (long) t.resultsTotal(c) + t.carriedForward(c);
            if (in != outSide) {
                out.add(new IntegrityViolation(Rule.BALANCE, null, c, in, outSide,
                        c.labelZh() + "列：第一项加第二项之和（" + in + "）不等于第三项加第四项之和（" + outSide + "）",
                        c.labelEn() + ": new + carried over (" + in + ") differs from total handled + carried forward ("
                                + outSide + ")"));
            }
        }
        for (ReportColumn c : ReportColumn.values()) {
            long sum = 0;
            for (ReportRow r : ReportRow.values()) {
                sum += t.result(r, c);
            }
            if (sum != t.resultsTotal(c)) {
                out.add(new IntegrityViolation(Rule.RESULTS_SUM, TableLine.RESULTS_TOTAL, c, sum, t.resultsTotal(c),
                        c.labelZh() + "列：（七）总计为 " + t.resultsTotal(c) + "，但（一）至（六）各项之和为 " + sum,
                        c.labelEn() + ": total handled is " + t.resultsTotal(c) + " but the result rows add up to "
                                + sum));
            }
        }
        for (TableLine line : TableLine.all()) {
            long sum = 0;
            for (ReportColumn c : ReportColumn.applicantColumns()) {
                sum += t.value(line, c);
            }
            int total = t.value(line, ReportColumn.TOTAL);
            if (sum != total) {
                out.add(new IntegrityViolation(Rule.COLUMN_TOTAL, line, ReportColumn.TOTAL, sum, total,
                        line.labelZh() + "：总计为 " + total + "，但六类申请人之和为 " + sum,
                        line.labelEn() + ": total is " + total + " but the six applicant columns add up to " + sum));
            }
        }
        return out;
    }

    /** The violations of the section 四 table: negative counts and group totals. */
    public static List<IntegrityViolation> check(RemedyTable t) {
        List<IntegrityViolation> out = new ArrayList<>();
        for (RemedyCase.Kind k : RemedyCase.Kind.values()) {
            long sum = 0;
            for (RemedyCase.Result r : RemedyCase.Result.values()) {
                int v = t.count(k, r);
                sum += v;
                if (v < 0) {
                    out.add(new IntegrityViolation(Rule.NON_NEGATIVE, null, null, 0, v,
                            k.labelZh() + "／" + r.labelZh() + "：数字为负（" + v + "）",
                            k.labelEn() + " / " + r.labelEn() + ": negative count (" + v + ")"));
                }
            }
            if (t.total(k) < 0) {
                out.add(new IntegrityViolation(Rule.NON_NEGATIVE, null, null, 0, t.total(k),
                        k.labelZh() + "／总计：数字为负（" + t.total(k) + "）",
                        k.labelEn() + " / total: negative count (" + t.total(k) + ")"));
            }
            if (sum != t.total(k)) {
                out.add(new IntegrityViolation(Rule.REMEDY_TOTAL, null, null, sum, t.total(k),
                        k.labelZh() + "：总计为 " + t.total(k) + "，但四项结果之和为 " + sum,
                        k.labelEn() + ": total is " + t.total(k) + " but the four results add up to " + sum));
            }
        }
        return out;
    }
}
