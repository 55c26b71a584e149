package org.gongkai.disclosure.internal.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column of the file holds which ledger field, read from the header row. */
final class LedgerHeader {
    private final Map<LedgerColumn, Integer> index;

    private LedgerHeader(Map<LedgerColumn, Integer> index) {
        this.index = index;
    }

    /** Maps the header row; adds an error for each required column missing and each column given twice. */
    static LedgerHeader read(SheetRow row, List<LedgerError> errors) {
        Map<LedgerColumn, Integer> index = new EnumMap<>(LedgerColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            Optional<LedgerColumn> column = LedgerColumn.forHeader(text);
            if (column.isEmpty()) {
                continue;
            }
            LedgerColumn c = column.get();
            if (index.containsKey(c)) {
                errors.add(new LedgerError(row.line(), c.header(), "表头中“" + c.header() + "”列出现了两次",
                        "The column " + c.header() + " appears twice in the header"));
            } else {
                index.put(c, i);
            }
        }
        for (LedgerColumn c : LedgerColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                errors.add(new LedgerError(row.line(), c.header(), "缺少必填列“" + c.header() + "”",
                        "The required column " + c.header() + " is missing from the header"));
            }
        }
        return new LedgerHeader(index);
    }

    /** The cell of a column in a data row; empty when the file has no such column. */
    LedgerCell cell(SheetRow row, LedgerColumn column) {
        Integer i = index.get(column);
        return i == null ? LedgerCell.EMPTY : row.cell(i);
    }
}
