package org.gongkai.disclosure.internal.report;

import java.nio.charset.StandardCharsets;
import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;

/**
 * Renders the section 三 and 四 tables as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese
 * correctly), CRLF line ends, one line per table line with its label and the seven numbers, then a blank line and
 * the remedy table with one line per group.
 */
public final class ReportCsv {
    private static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    private ReportCsv() {
    }

    /** The CSV text, starting with the byte-order mark. */
    public static String render(ApplicationsTable applications, RemedyTable remedies) {
        StringBuilder b = new StringBuilder(4_096).append(BOM);
        b.append(field("三、收到和处理政府信息公开申请情况"));
        for (ReportColumn c : ReportColumn.values()) {
            b.append(',').append(field(c.labelZh()));
        }
        b.append(EOL);
        for (TableLine line : TableLine.all()) {
            b.append(field(line.labelZh()));
            for (ReportColumn c : ReportColumn.values()) {
                b.append(',').append(applications.value(line, c));
            }
            b.append(EOL);
        }
        b.append(EOL).append(field("四、政府信息公开行政复议、行政诉讼情况"));
        for (Result r : Result.values()) {
            b.append(',').append(field(r.labelZh()));
        }
        b.append(",总计").append(EOL);
        for (Kind k : Kind.values()) {
            b.append(field(k == Kind.RECONSIDERATION ? k.labelZh() : k.headingZh() + "（" + k.labelZh() + "）"));
            for (Result r : Result.values()) {
                b.append(',').append(remedies.count(k, r));
            }
            b.append(',').append(remedies.total(k)).append(EOL);
        }
        return b.toString();
    }

    /** The CSV as UTF-8 bytes (beginning EF BB BF). */
    public static byte[] bytes(ApplicationsTable applications, RemedyTable remedies) {
        return render(applications, remedies).getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting, only where needed. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
