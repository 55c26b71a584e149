package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.HEADER;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.csv;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class LedgerParserGoodFilesTest {
    private static final String[] GOOD = {
        HEADER,
        "YS20250304001,2025-03-04,网上,自然人,张三,LC-ZRZYJ,\"土地征收方案\n规划许可证\",予以公开；部分公开,保护第三方合法权益,"
                + "2025/3/25,2025.3.27,已送达",
        ",2025年6月10日,挂号信,商业企业,某某建设有限公司,LC-ZJJ,施工许可发放情况,,,,,",
        "",
        "ys20250701002 ,2025-07-01,当面,科研机构,某研究所,LC-GKB,甲;乙;丙,不予公开,国家秘密,2025-07-20,,",
        ",2025-08-01,EMAIL,OTHER_ORG,某协会,LC-GKB,某文件,,,2025-08-05,,已撤回"};

    /** The rows GOOD must give; the second data record spans two physical lines but is spreadsheet row 2. */
    private static List<LedgerRow> expected(int... lines) {
        return List.of(
                new LedgerRow(lines[0], "YS20250304001", LocalDate.of(2025, 3, 4), Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON, "张三", "LC-ZRZYJ",
                        List.of(new LedgerItem("土地征收方案", Decision.DISCLOSED, null),
                                new LedgerItem("规划许可证", Decision.PARTIALLY_DISCLOSED, Ground.THIRD_PARTY)),
                        LedgerOutcome.DELIVERED, LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27),
                        LocalDate.of(2025, 3, 25)),
                new LedgerRow(lines[1], null, LocalDate.of(2025, 6, 10), Channel.REGISTERED_POST,
                        ApplicantType.COMMERCIAL_ENTERPRISE, "某某建设有限公司", "LC-ZJJ",
                        List.of(new LedgerItem("施工许可发放情况", null, null)), LedgerOutcome.OPEN, null, null, null),
                new LedgerRow(lines[2], "YS20250701002", LocalDate.of(2025, 7, 1), Channel.IN_PERSON,
                        ApplicantType.RESEARCH_INSTITUTION, "某研究所", "LC-GKB",
                        List.of(new LedgerItem("甲", Decision.WITHHELD, Ground.STATE_SECRET),
                                new LedgerItem("乙", Decision.WITHHELD, Ground.STATE_SECRET),
                                new LedgerItem("丙", Decision.WITHHELD, Ground.STATE_SECRET)),
                        LedgerOutcome.REPLIED, LocalDate.of(2025, 7, 20), null, LocalDate.of(2025, 7, 20)),
                new LedgerRow(lines[3], null, LocalDate.of(2025, 8, 1), Channel.EMAIL, ApplicantType.OTHER_ORG, "某协会",
                        "LC-GKB", List.of(new LedgerItem("某文件", null, null)), LedgerOutcome.WITHDRAWN, null, null,
                        LocalDate.of(2025, 8, 5)));
    }

    @Test
    void utf8CsvParsesToTheExpectedRowsWithSpreadsheetLineNumbers() {
        LedgerResult r = parse(csv(StandardCharsets.UTF_8, GOOD), "台账.CSV");
        assertEquals(List.of(), r.errors());
        assertEquals(expected(2, 3, 5, 6), r.rows());
        assertTrue(r.ok());
    }

    @Test
    void utf8WithBomAndGbkGiveTheSameRows() {
        byte[] utf8 = csv(StandardCharsets.UTF_8, GOOD);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(expected(2, 3, 5, 6), parse(bom, "ledger.csv").rows());
        byte[] gbk = csv(Charset.forName("GBK"), GOOD);
        assertFalse(new String(gbk, StandardCharsets.UTF_8).contains("申请"), "the GBK bytes are not UTF-8");
        LedgerResult r = parse(gbk, "ledger.csv");
        assertEquals(List.of(), r.errors());
        assertEquals(expected(2, 3, 5, 6), r.rows());
    }

    @Test
    void tabSeparatedUtf16FromExcelUnicodeTextIsRead() {
        String text = "\uFEFF" + String.join("\r\n", List.of(GOOD).stream().map(l -> l.replace(',', '\t')).toList());
        LedgerResult r = parse(text.getBytes(StandardCharsets.UTF_16LE), "ledger.csv");
        assertEquals(List.of(), r.errors());
        assertEquals(expected(2, 3, 5, 6), r.rows());
    }

    @Test
    void xlsxWithRealDateCellsParsesToTheSameRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("2025年台账");
        String[] header = HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        row(ws, 1, "YS20250304001", LocalDate.of(2025, 3, 4), "网上", "自然人", "张三", "LC-ZRZYJ",
                "土地征收方案\n规划许可证", "予以公开\n部分公开", "保护第三方合法权益", LocalDate.of(2025, 3, 25),
                LocalDate.of(2025, 3, 27), "已送达");
        // a date typed as text, and an open case
        row(ws, 2, null, "2025年6月10日", "挂号信/EMS", "商业企业", "某某建设有限公司", "LC-ZJJ", "施工许可发放情况");
        // spreadsheet row 4 left empty; a date typed as the number 20250701, a date serial without a date style
        row(ws, 4, "YS20250701002", 20250701, "当面", "科研机构", "某研究所", "LC-GKB", "甲；乙；丙", "不予公开", "国家秘密",
                45858);
        row(ws, 5, null, LocalDate.of(2025, 8, 1), "EMAIL", "OTHER_ORG", "某协会", "LC-GKB", "某文件", null, null,
                LocalDate.of(2025, 8, 5), null, "已撤回");
        wb.newWorksheet("说明").value(0, 0, "only the first sheet is read");
        wb.finish();

        LedgerResult r = parse(out.toByteArray(), "ledger.xlsx");
        assertEquals(List.of(), r.errors());
        assertEquals(expected(2, 3, 5, 6), r.rows());
    }

    /** Writes the values of one row; dates as real date cells. */
    private static void row(Worksheet ws, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
            } else if (v instanceof Number n) {
                ws.value(r, c, n);
            } else if (v != null) {
                ws.value(r, c, (String) v);
            }
        }
    }

    @Test
    void headerVariantsInAnyOrderWithExtraColumnsAreRecognised() {
        String header = "序号,\u3000Applicant ,ＡＧＥＮＣＹ＿ＣＯＤＥ,＊收到日期 (必填),\"申请方式\n（当面/网上…）\",applicant_type,"
                + "申请内容（多项用分号分隔）,Decisions,GROUNDS,Reply Date,delivered on,Status,备注,申请编号";
        LedgerResult r = LedgerFixtures.parseCsv(header,
                "1,李四,LC-GKB,2025-09-01,ＥＭＳ,个人,某批复,部分公开,第三方合法权益,2025-09-10,,,备注文字,");
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(new LedgerRow(2, null, LocalDate.of(2025, 9, 1), Channel.REGISTERED_POST,
                ApplicantType.NATURAL_PERSON, "李四", "LC-GKB",
                List.of(new LedgerItem("某批复", Decision.PARTIALLY_DISCLOSED, Ground.THIRD_PARTY)),
                LedgerOutcome.REPLIED, LocalDate.of(2025, 9, 10), null, LocalDate.of(2025, 9, 10))), r.rows());
    }

    @Test
    void optionalColumnsMayBeLeftOutOfTheHeader() {
        LedgerResult r = LedgerFixtures.parseCsv("收到日期,申请方式,申请人类型,申请人,受理机关,申请内容",
                "2025-10-01,口头,法律服务机构,某律师事务所,LC-GKB,某信息");
        assertEquals(List.of(), r.errors());
        assertEquals(LedgerOutcome.OPEN, r.rows().get(0).outcome());
        assertEquals(Channel.ORAL, r.rows().get(0).channel());
    }

    @Test
    void missingRequiredHeadersAreReportedOnLineOneAndNoRowIsRead() {
        LedgerResult r = LedgerFixtures.parseCsv("收到日期,申请方式,申请人类型,申请内容,收到申请日期",
                "2025-10-01,口头,自然人,某信息,2025-10-01");
        assertEquals(List.of("1:收到日期", "1:申请人", "1:受理机关"), LedgerFixtures.where(r));
        assertTrue(r.errors().get(0).messageZh().contains("出现了两次"));
        assertTrue(r.errors().get(1).messageZh().contains("缺少必填列“申请人”"));
        assertEquals(List.of(), r.rows());
    }

    @Test
    void unknownAgencyCodesAreReportedWhenTheCallerKnowsTheAgencies() {
        byte[] file = csv(StandardCharsets.UTF_8, GOOD);
        LedgerResult r = new LedgerParser().parse(new ByteArrayInputStream(file), "ledger.csv",
                LedgerFixtures.TODAY, code -> !code.equals("LC-GKB"));
        assertEquals(List.of("5:受理机关", "6:受理机关"), LedgerFixtures.where(r));
        assertEquals(2, r.rows().size());
    }

    @Test
    void checkThrowsAValidationExceptionNamingLineAndColumn() {
        LedgerResult r = LedgerFixtures.parseRow(",,网上,自然人,张三,LC-GKB,某信息,,,,,");
        ValidationException e = assertThrows(ValidationException.class, r::check);
        assertEquals("ledger[2].收到日期", e.fieldErrors().get(0).field());
        assertEquals("第 2 行“收到日期”：必填", e.fieldErrors().get(0).zh());
        LedgerFixtures.parseRow(",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,").check();
    }
}
