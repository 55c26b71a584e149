package org.gongkai.disclosure.internal.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV ledger: UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK, which Excel on
 * Chinese Windows writes) when the bytes are not valid UTF-8. Comma- or tab-separated, RFC 4180 quoting, so a quoted
 * cell may hold line breaks. The line of a row is its record number, as the spreadsheet numbers rows.
 */
final class CsvSheetReader {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheetReader() {
    }

    /** The non-blank rows, at most {@code maxRows} of them. */
    static List<SheetRow> read(byte[] bytes, int maxRows) throws LedgerFileException {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (rows.size() < maxRows && records.hasNext()) {
                CSVRecord record = records.next();
                lastRecord = record.getRecordNumber();
                List<LedgerCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(LedgerCell.text(value));
                }
                if (!SheetRow.isBlank(cells)) {
                    rows.add(new SheetRow(Math.toIntExact(lastRecord), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = Math.toIntExact(lastRecord + 1);
            throw new LedgerFileException(line, "CSV 格式错误（引号未配对或引号后有多余字符），请用表格软件重新另存为 CSV",
                    "Malformed CSV (unbalanced quotes or text after a closing quote); save it again as CSV", e);
        }
        return rows;
    }

    /** UTF-8 (BOM stripped) when the bytes are valid UTF-8, UTF-16 by its BOM, otherwise GB18030. */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(b, GB18030);
        }
    }

    /** Tab when the first line has more tabs than commas (Excel's “Unicode text”), else comma. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }
}
