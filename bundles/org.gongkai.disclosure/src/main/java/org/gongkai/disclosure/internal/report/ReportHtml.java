package org.gongkai.disclosure.internal.report;

import java.util.List;
import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;

/**
 * Renders the annual report as a printable HTML page: the free-text sections (HTML-escaped) and the section 三 and
 * 四 tables laid out like the national format (国办公开办函〔2021〕30号), header cells merged with rowspan/colspan.
 */
public final class ReportHtml {
    /** The top-left header cell of the section 三 table, exactly as in the national format. */
    public static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm; }
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6;
                   max-width: 180mm; margin: 0 auto; color: #000; background: #fff; }
            h1 { text-align: center; font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 18pt; }
            h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 14pt; margin: 1em 0 0.4em;
                 page-break-after: avoid; break-after: avoid; }
            p { text-indent: 2em; margin: 0.3em 0; }
            table.report { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3;
                           page-break-inside: avoid; break-inside: avoid; }
            table.report th, table.report td { border: 1px solid #000; padding: 2px 4px; }
            table.report th { font-weight: normal; text-align: center; vertical-align: middle; }
            table.report td.label { text-align: left; }
            table.report td.n { text-align: center; min-width: 2.5em; }
            @media print { body { max-width: none; } }
            """;

    private ReportHtml() {
    }

    /** The whole report page. */
    public static String render(ReportTexts texts, ApplicationsTable applications, RemedyTable remedies) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(texts.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(escape(texts.title())).append("</h1>\n");
        section(b, "一、总体情况", texts.overview());
        section(b, "二、主动公开政府信息情况", texts.proactiveDisclosure());
        b.append("<h2>三、收到和处理政府信息公开申请情况</h2>\n").append(applicationsTable(applications));
        b.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n").append(remedyTable(remedies));
        section(b, "五、存在的主要问题及改进情况", texts.problemsAndImprovements());
        section(b, "六、其他需要报告的事项", texts.otherMatters());
        return b.append("</body>\n</html>\n").toString();
    }

    /** The section 三 table alone (an HTML fragment). */
    public static String applicationsTable(ApplicationsTable t) {
        StringBuilder b = new StringBuilder(8_192);
        b.append("<table class=\"report applications\">\n<thead>\n");
        b.append("<tr><th rowspan=\"3\" colspan=\"3\">").append(CORNER).append("</th><th colspan=\"7\">申请人情况</th></tr>\n");
        b.append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n<tr>");
        for (ReportColumn c : ReportColumn.applicantColumns().subList(1, 6)) {
            b.append("<th>").append(c.labelZh()).append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        line(b, "<td class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</td>", t, TableLine.NEW_RECEIVED);
        line(b, "<td class=\"label\" colspan=\"3\">二、上年结转政府信息公开申请数量</td>", t, TableLine.CARRIED_OVER);
        int resultLines = ReportRow.values().length + 1;
        boolean firstOfSection = true;
        for (ReportGroup g : ReportGroup.values()) {
            List<ReportRow> rows = g.rows();
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder head = new StringBuilder();
                if (firstOfSection) {
                    head.append("<td class=\"label\" rowspan=\"").append(resultLines).append("\">三、本年度办理结果</td>");
                    firstOfSection = false;
                }
                if (g.single()) {
                    head.append("<td class=\"label\" colspan=\"2\">").append(rows.get(i).labelZh()).append("</td>");
                } else {
                    if (i == 0) {
                        head.append("<td class=\"label\" rowspan=\"").append(rows.size()).append("\">")
                                .append(g.labelZh()).append("</td>");
                    }
                    head.append("<td class=\"label\">").append(rows.get(i).labelZh()).append("</td>");
                }
                line(b, head.toString(), t, TableLine.result(rows.get(i)));
            }
        }
        line(b, "<td class=\"label\" colspan=\"2\">（七）总计</td>", t, TableLine.RESULTS_TOTAL);
        line(b, "<td class=\"label\" colspan=\"3\">四、结转下年度继续办理</td>", t, TableLine.CARRIED_FORWARD);
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static void line(StringBuilder b, String head, ApplicationsTable t, TableLine line) {
        b.append("<tr>").append(head);
        for (ReportColumn c : ReportColumn.values()) {
            b.append("<td class=\"n\">").append(t.value(line, c)).append("</td>");
        }
        b.append("</tr>\n");
    }

    /** The section 四 table alone (an HTML fragment). */
    public static String remedyTable(RemedyTable t) {
        StringBuilder b = new StringBuilder(2_048);
        b.append("<table class=\"report remedies\">\n<thead>\n");
        b.append("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n<tr>");
        for (Result r : Result.values()) {
            b.append("<th rowspan=\"2\">").append(r.labelZh()).append("</th>");
        }
        b.append("<th rowspan=\"2\">总计</th>");
        b.append("<th colspan=\"5\">").append(Kind.LITIGATION_DIRECT.labelZh()).append("</th>");
        b.append("<th colspan=\"5\">").append(Kind.LITIGATION_AFTER_RECONSIDERATION.labelZh()).append("</th></tr>\n<tr>");
        for (int group = 0; group < 2; group++) {
            for (Result r : Result.values()) {
                b.append("<th>").append(r.labelZh()).append("</th>");
            }
            b.append("<th>总计</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (int n : t.numbers()) {
            b.append("<td class=\"n\">").append(n).append("</td>");
        }
        return b.append("</tr>\n</tbody>\n</table>\n").toString();
    }

    private static void section(StringBuilder b, String heading, String text) {
        b.append("<h2>").append(heading).append("</h2>\n");
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.strip().split("\\R+")) {
            if (!paragraph.isBlank()) {
                b.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
