package org.gongkai.disclosure.internal.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX ledger, streaming, with fastexcel-reader. Numeric cells keep their number and the
 * date they stand for as an Excel serial (1900 or 1904 system, as the workbook says); formulas count by their cached
 * value. The line of a row is its spreadsheet row number.
 */
final class XlsxSheetReader {
    /** Excel's last date serial, 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_465;

    private XlsxSheetReader() {
    }

    /** The non-blank rows of the first sheet, at most {@code maxRows} of them. */
    static List<SheetRow> read(byte[] bytes, int maxRows) throws LedgerFileException {
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(Arrays.copyOf(bytes, 8))) {
            throw new LedgerFileException(LedgerError.WHOLE_FILE, "这是旧版 .xls 或加密的工作簿，请另存为 .xlsx（不设密码）或 CSV",
                    "This is an old .xls or an encrypted workbook: save it as .xlsx without a password, or as CSV", null);
        }
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            while (rows.size() < maxRows && it.hasNext()) {
                Row row = it.next();
                List<LedgerCell> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(toCell(row.getCell(i)));
                }
                if (!SheetRow.isBlank(cells)) {
                    rows.add(new SheetRow(row.getRowNum(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel signals a damaged or non-OOXML file with several unchecked exceptions (zip, XML, number parsing)
            throw new LedgerFileException(LedgerError.WHOLE_FILE, "无法读取该 XLSX 文件（文件已损坏或不是 Excel 工作簿）",
                    "Cannot read this XLSX file (damaged, or not an Excel workbook)", e);
        }
        return rows;
    }

    private static LedgerCell toCell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return LedgerCell.EMPTY;
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        if (type == CellType.NUMBER || type == CellType.FORMULA && isNumber(raw)) {
            raw = raw.strip();
            BigDecimal n = new BigDecimal(raw);
            double d = n.doubleValue();
            LocalDate serial = d >= 1 && d <= MAX_SERIAL ? cell.asDate().toLocalDate() : null;
            return new LedgerCell(n.stripTrailingZeros().toPlainString(), n, serial);
        }
        if (type == CellType.STRING) {
            return LedgerCell.text(cell.asString());
        }
        return LedgerCell.text(raw);
    }

    private static boolean isNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
