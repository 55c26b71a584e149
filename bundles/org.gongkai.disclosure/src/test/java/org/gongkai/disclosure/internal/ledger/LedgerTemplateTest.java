package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTemplateTest {
    private final LedgerTemplate template = new LedgerTemplate();
    @TempDir
    Path dir;

    @Test
    void csvTemplateHasABomAndParsesBackWithoutErrors() {
        byte[] csv = template.csv();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("申请编号,收到日期（必填）,申请方式（必填）"), text);
        assertExampleRows(parse(csv, "template.csv"));
    }

    @Test
    void xlsxTemplateParsesBackWithoutErrors() {
        assertExampleRows(parse(template.xlsx(), "template.xlsx"));
    }

    @Test
    void xlsxTemplateHasABoldHeaderAndRealDateCells() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template.xlsx()),
                new ReadingOptions(true, false))) {
            assertEquals(List.of("台账", "填写说明"), wb.getSheets().map(s -> s.getName()).toList());
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals(LedgerColumn.values().length, rows.get(0).getCellCount());
            assertEquals(CellType.NUMBER, rows.get(1).getCell(1).getType());
            assertEquals("yyyy-mm-dd", rows.get(1).getCell(1).getDataFormatString());
            assertEquals(LocalDate.of(2025, 3, 4), rows.get(1).getCell(1).asDate().toLocalDate());
        }
        // fastexcel-reader does not expose fonts: look for the bold font in the styles part instead
        String styles = zipEntry(template.xlsx(), "xl/styles.xml");
        assertTrue(styles.contains("<b/>") || styles.contains("<b val=\"true\"/>"), styles);
    }

    /** The workbook's zip is streamed (data descriptors), which ZipInputStream rejects: read it through ZipFile. */
    private String zipEntry(byte[] zip, String name) throws IOException {
        Path file = Files.write(dir.resolve("template.xlsx"), zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry e = z.getEntry(name);
            assertTrue(e != null, name + " not in the workbook");
            return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertExampleRows(LedgerResult r) {
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.rows().size());
        LedgerRow delivered = r.rows().get(0);
        assertEquals(2, delivered.line());
        assertEquals("YS20250304001", delivered.number());
        assertEquals(LedgerOutcome.DELIVERED, delivered.outcome());
        assertEquals(List.of(Decision.DISCLOSED, Decision.PARTIALLY_DISCLOSED),
                delivered.items().stream().map(LedgerItem::decision).toList());
        assertEquals(Ground.THIRD_PARTY, delivered.items().get(1).ground());
        assertEquals(LocalDate.of(2025, 3, 27), delivered.deliveredOn());
        LedgerRow open = r.rows().get(1);
        assertEquals(3, open.line());
        assertEquals(LedgerOutcome.OPEN, open.outcome());
        assertEquals(LocalDate.of(2025, 6, 10), open.receiptDate());
    }
}
