package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {
    private static Map<String, String> parts;

    @BeforeAll
    static void write() throws IOException {
        byte[] xlsx = ReportXlsx.bytes("2025年政府信息公开工作年度报告", ApplicationsTableTest.table2025(),
                RemedyTable.compute(2025, ReportFixture.remedies()));
        parts = new HashMap<>();
        // Read through the central directory (as Excel does): opczip streams entries with data descriptors.
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), decodeCharRefs(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** fastexcel writes non-ASCII text as numeric character references (&#x4e09;); decode them for matching. */
    private static String decodeCharRefs(String xml) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static Set<String> merges(String sheet) {
        Set<String> refs = new TreeSet<>();
        Matcher m = Pattern.compile("<mergeCell ref=\"([A-Z0-9:]+)\"/>").matcher(sheet);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private static void assertNumber(String sheet, String cell, int value) {
        assertTrue(Pattern.compile("<c r=\"" + cell + "\"[^>]*><v>" + value + "</v></c>").matcher(sheet).find(),
                cell + " = " + value);
    }

    @Test
    void applicationsSheetHasTheNationalMerges() {
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<mergeCells"));
        assertEquals(new TreeSet<>(List.of("A1:J1", "A2:C4", "D2:J2", "D3:D4", "E3:I3", "J3:J4", "A5:C5", "A6:C6",
                "A7:A28", "B7:C7", "B8:C8", "B9:B16", "B17:B19", "B20:B24", "B25:B27", "B28:C28", "A29:C29")),
                merges(sheet));
    }

    @Test
    void applicationsSheetHasTheNumbers() {
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertNumber(sheet, "D5", 9);
        assertNumber(sheet, "J5", 16);
        assertNumber(sheet, "H6", 1);
        assertNumber(sheet, "D7", 4);
        assertNumber(sheet, "F14", 1);
        assertNumber(sheet, "I26", 1);
        assertNumber(sheet, "J28", 16);
        assertNumber(sheet, "E29", 1);
        assertNumber(sheet, "J29", 3);
        String strings = parts.get("xl/sharedStrings.xml");
        assertTrue(strings.contains(ReportHtml.CORNER));
        for (String s : List.of("申请人情况", "法人或其他组织", "三、本年度办理结果", "（三）不予公开",
                ReportRow.OTHER_FEE_UNPAID.labelZh(), "四、结转下年度继续办理")) {
            assertTrue(strings.contains(s), s);
        }
    }

    @Test
    void remediesSheet() {
        String sheet = parts.get("xl/worksheets/sheet2.xml");
        assertEquals(new TreeSet<>(List.of("A1:O1", "A2:E2", "F2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4",
                "F3:J3", "K3:O3")), merges(sheet));
        int[] expected = {1, 1, 0, 2, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1};
        for (int i = 0; i < expected.length; i++) {
            assertNumber(sheet, (char) ('A' + i) + "5", expected[i]);
        }
        assertTrue(parts.get("xl/workbook.xml").contains(ReportXlsx.REMEDIES_SHEET));
    }
}
