package org.gongkai.disclosure.internal.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Parses a county's ledger of past applications (台账) from CSV or XLSX into checked rows, reporting every bad row
 * with its line and column rather than stopping at the first. Blank rows are skipped; the first non-blank row is the
 * header. Stateless and thread-safe.
 */
public final class LedgerParser {
    /** At most this many data rows per file. */
    public static final int MAX_ROWS = 20_000;
    /** At most this many bytes per file. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Parses without checking that the agency codes exist (the caller checks them against the region tree). */
    public LedgerResult parse(InputStream in, String fileName, LocalDate today) {
        return parse(in, fileName, today, code -> true);
    }

    /**
     * Parses the file; its format follows the file name's extension (.csv or .xlsx).
     *
     * @param today        dates after this day are rejected
     * @param agencyExists answers whether an agency code is known; unknown codes are reported on their line
     */
    public LedgerResult parse(InputStream in, String fileName, LocalDate today, Predicate<String> agencyExists) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(agencyExists, "agencyExists");
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            return LedgerResult.failed(fileError("只能导入 .csv 或 .xlsx 文件（.xls 请先另存为 .xlsx）",
                    "Only .csv and .xlsx files can be imported (save an .xls as .xlsx first)"));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded ledger failed", e);
        }
        if (bytes.length > MAX_BYTES) {
            return LedgerResult.failed(fileError("文件超过 10 MB，请分成几个文件导入",
                    "The file is larger than 10 MB: split it into several files"));
        }
        List<SheetRow> sheet;
        try {
            // header + MAX_ROWS data rows + one more, to tell that there are too many
            sheet = csv ? CsvSheetReader.read(bytes, MAX_ROWS + 2) : XlsxSheetReader.read(bytes, MAX_ROWS + 2);
        } catch (LedgerFileException e) {
            return LedgerResult.failed(e.toError());
        }
        return parseRows(sheet, today, agencyExists);
    }

    private static LedgerResult parseRows(List<SheetRow> sheet, LocalDate today, Predicate<String> agencyExists) {
        if (sheet.isEmpty()) {
            return LedgerResult.failed(fileError("文件是空的", "The file is empty"));
        }
        if (sheet.size() > MAX_ROWS + 1) {
            return LedgerResult.failed(new LedgerError(sheet.get(MAX_ROWS + 1).line(), null,
                    "一个文件最多 " + MAX_ROWS + " 行数据，请分成几个文件导入",
                    "At most " + MAX_ROWS + " data rows per file: split it into several files"));
        }
        List<LedgerError> errors = new ArrayList<>();
        LedgerHeader header = LedgerHeader.read(sheet.get(0), errors);
        if (!errors.isEmpty()) {
            return new LedgerResult(List.of(), errors);
        }
        if (sheet.size() == 1) {
            return LedgerResult.failed(fileError("文件只有表头，没有数据行", "The file has a header but no data rows"));
        }
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (SheetRow r : sheet.subList(1, sheet.size())) {
            Optional<LedgerRow> row = LedgerRowParser.parse(r, header, today, agencyExists, errors);
            String number = header.cell(r, LedgerColumn.NUMBER).text();
            Integer first = number.isEmpty() ? null : numbers.putIfAbsent(LedgerText.key(number), r.line());
            if (first != null) {
                errors.add(new LedgerError(r.line(), LedgerColumn.NUMBER.header(),
                        "申请编号 " + number + " 与第 " + first + " 行重复",
                        "The application number " + number + " repeats line " + first));
            } else {
                row.ifPresent(rows::add);
            }
        }
        return new LedgerResult(rows, errors);
    }

    private static LedgerError fileError(String zh, String en) {
        return new LedgerError(LedgerError.WHOLE_FILE, null, zh, en);
    }
}
