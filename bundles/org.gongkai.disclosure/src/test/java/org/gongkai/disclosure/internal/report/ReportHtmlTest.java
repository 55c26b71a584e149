package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(td|th)([^>]*)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern SPAN = Pattern.compile("(rowspan|colspan)=\"(\\d+)\"");

    private static String page() {
        ReportTexts texts = new ReportTexts("某县人民政府办公室2025年政府信息公开工作年度报告",
                "本年度共收到申请 <b>16</b> 件。\n第二段 & “引号” 'x'", null, "存在的问题：<script>alert(1)</script>",
                "本年度未收取信息处理费。");
        return ReportHtml.render(texts, ApplicationsTableTest.table2025(),
                RemedyTable.compute(2025, ReportFixture.remedies()));
    }

    private static List<String> tables(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<table.*?</table>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The width each row of the table occupies once rowspans from above are counted, like a browser lays it out. */
    private static List<Integer> rowWidths(String table) {
        int[] pending = new int[64];
        List<Integer> widths = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            int col = 0;
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                int rowspan = 1;
                int colspan = 1;
                Matcher span = SPAN.matcher(cell.group(2));
                while (span.find()) {
                    if (span.group(1).equals("rowspan")) {
                        rowspan = Integer.parseInt(span.group(2));
                    } else {
                        colspan = Integer.parseInt(span.group(2));
                    }
                }
                while (pending[col] > 0) {
                    col++;
                }
                for (int k = 0; k < colspan; k++) {
                    assertEquals(0, pending[col + k], "overlapping cells");
                    pending[col + k] = rowspan;
                }
                col += colspan;
            }
            int width = 0;
            while (pending[width] > 0) {
                width++;
            }
            for (int i = width; i < pending.length; i++) {
                assertEquals(0, pending[i], "gap in row " + widths.size());
            }
            widths.add(width);
            for (int i = 0; i < pending.length; i++) {
                pending[i] = Math.max(0, pending[i] - 1);
            }
        }
        return widths;
    }

    @Test
    void tablesHaveTheNationalShape() {
        List<String> tables = tables(page());
        assertEquals(2, tables.size());
        assertEquals(Collections.nCopies(3 + 25, 10), rowWidths(tables.get(0)), "3 header rows, 25 lines, 10 columns");
        assertEquals(Collections.nCopies(4, 15), rowWidths(tables.get(1)), "3 header rows, 1 data row, 15 columns");
    }

    @Test
    void headerCellsAreMergedLikeTheNationalTable() {
        String apps = tables(page()).get(0);
        assertTrue(apps.contains("<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                + "<th colspan=\"7\">申请人情况</th>"));
        assertTrue(apps.contains("<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th>"));
        assertTrue(apps.contains("<th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th>"));
        assertTrue(apps.contains("<td class=\"label\" rowspan=\"22\">三、本年度办理结果</td>"));
        assertTrue(apps.contains("<td class=\"label\" rowspan=\"8\">（三）不予公开</td>"));
        assertTrue(apps.contains("<td class=\"label\" rowspan=\"3\">（四）无法提供</td>"));
        assertTrue(apps.contains("<td class=\"label\" rowspan=\"5\">（五）不予处理</td>"));
        assertTrue(apps.contains("<td class=\"label\" rowspan=\"3\">（六）其他处理</td>"));
        String remedies = tables(page()).get(1);
        assertTrue(remedies.contains("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>"));
        assertTrue(remedies.contains("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th>"));
    }

    @Test
    void everyRowLabelAppearsExactly() {
        String html = page();
        for (ReportRow r : ReportRow.values()) {
            assertTrue(html.contains(">" + r.labelZh() + "</td>"), r.labelZh());
        }
        for (String label : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（七）总计",
                "四、结转下年度继续办理")) {
            assertTrue(html.contains(">" + label + "</td>"), label);
        }
        for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
            assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
        }
    }

    @Test
    void numbersFollowTheirLabels() {
        String html = page();
        assertTrue(html.contains("<tr><td class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</td><td class=\"n\">9</td>"
                + "<td class=\"n\">3</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td>"
                + "<td class=\"n\">1</td><td class=\"n\">16</td></tr>"));
        assertTrue(html.contains("<td class=\"label\">6.属于四类过程性信息</td><td class=\"n\">0</td><td class=\"n\">0</td>"
                + "<td class=\"n\">1</td>"));
        assertTrue(html.contains("<tr><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">2</td>"
                + "<td class=\"n\">4</td><td class=\"n\">1</td>"));
    }

    @Test
    void freeTextIsEscapedAndSplitIntoParagraphs() {
        String html = page();
        assertTrue(html.contains("<p>本年度共收到申请 &lt;b&gt;16&lt;/b&gt; 件。</p>\n<p>第二段 &amp; “引号” &#39;x&#39;</p>"));
        assertTrue(html.contains("存在的问题：&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("<title>某县人民政府办公室2025年政府信息公开工作年度报告</title>"));
        assertTrue(html.contains("@page { size: A4"), "printable");
    }
}
