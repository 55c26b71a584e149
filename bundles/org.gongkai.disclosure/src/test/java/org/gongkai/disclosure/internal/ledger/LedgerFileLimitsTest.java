package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.HEADER;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerFileLimitsTest {

    private static LedgerError onlyError(LedgerResult r) {
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(List.of(), r.rows());
        return r.errors().get(0);
    }

    @Test
    void onlyCsvAndXlsxFileNamesAreAccepted() {
        byte[] csv = LedgerFixtures.csv(StandardCharsets.UTF_8, HEADER, ",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,");
        for (String name : new String[] {"ledger.xls", "ledger.txt", "ledger", "csv", null}) {
            LedgerError e = onlyError(parse(csv, name));
            assertEquals(LedgerError.WHOLE_FILE, e.line());
            assertTrue(e.messageZh().contains(".csv 或 .xlsx"), e.messageZh());
        }
        assertTrue(parse(csv, " Ledger.CSV ").ok());
    }

    @Test
    void filesOverTenMegabytesAreRejectedAtOnce() {
        byte[] big = new byte[LedgerParser.MAX_BYTES + 1];
        LedgerError e = onlyError(parse(big, "ledger.csv"));
        assertTrue(e.messageZh().contains("10 MB"), e.messageZh());
    }

    @Test
    void twentyThousandRowsAreAcceptedAndOneMoreIsRejected() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < LedgerParser.MAX_ROWS; i++) {
            lines.add(",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,");
        }
        LedgerResult full = LedgerFixtures.parseCsv(lines.toArray(String[]::new));
        assertEquals(List.of(), full.errors());
        assertEquals(LedgerParser.MAX_ROWS, full.rows().size());
        assertEquals(LedgerParser.MAX_ROWS + 1, full.rows().get(LedgerParser.MAX_ROWS - 1).line());

        lines.add(",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,");
        LedgerError e = onlyError(LedgerFixtures.parseCsv(lines.toArray(String[]::new)));
        assertEquals(LedgerParser.MAX_ROWS + 2, e.line());
        assertTrue(e.messageZh().contains("最多 20000 行"), e.messageZh());
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreErrors() {
        assertEquals("文件是空的", onlyError(parse(new byte[0], "ledger.csv")).messageZh());
        assertEquals("文件是空的", onlyError(LedgerFixtures.parseCsv("", ",,,", "")).messageZh());
        LedgerError headerOnly = onlyError(LedgerFixtures.parseCsv(HEADER, ",,,,,,,,,,,", ""));
        assertEquals("文件只有表头，没有数据行", headerOnly.messageZh());
    }

    @Test
    void blankLinesBeforeTheHeaderMoveTheLineNumbers() {
        LedgerResult r = LedgerFixtures.parseCsv("", HEADER, ",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,");
        assertEquals(List.of(), r.errors());
        assertEquals(3, r.rows().get(0).line());
    }

    @Test
    void brokenCsvQuotingIsOneClearError() {
        LedgerResult r = LedgerFixtures.parseCsv(HEADER, ",2025-01-02,网上,自然人,张三,LC-GKB,某信息,,,,,",
                ",2025-01-02,网上,自然人,\"张三\"x,LC-GKB,某信息,,,,,");
        LedgerError e = onlyError(r);
        assertEquals(3, e.line());
        assertTrue(e.messageZh().startsWith("CSV 格式错误"), e.messageZh());
    }

    @Test
    void oldXlsAndDamagedXlsxFilesAreOneClearError() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(onlyError(parse(ole2, "ledger.xlsx")).messageZh().contains(".xls"));
        byte[] notZip = "申请编号,收到日期".getBytes(StandardCharsets.UTF_8);
        LedgerError e = onlyError(parse(notZip, "ledger.xlsx"));
        assertEquals(LedgerError.WHOLE_FILE, e.line());
        assertTrue(e.messageZh().startsWith("无法读取该 XLSX 文件"), e.messageZh());
    }
}
