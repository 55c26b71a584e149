package org.gongkai.disclosure.internal.ledger;

import java.util.List;

/** A non-blank row of the file with its 1-based line number (the header is line 1, as the spreadsheet shows it). */
record SheetRow(int line, List<LedgerCell> cells) {
    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column index; an empty cell past the end of the row. */
    LedgerCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : LedgerCell.EMPTY;
    }

    static boolean isBlank(List<LedgerCell> cells) {
        return cells.stream().allMatch(LedgerCell::isBlank);
    }
}
