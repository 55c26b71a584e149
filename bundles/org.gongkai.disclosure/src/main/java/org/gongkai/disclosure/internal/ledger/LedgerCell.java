package org.gongkai.disclosure.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from the file: its text, and for numeric XLSX cells the number and the date it stands for as an
 * Excel date serial (null when out of range). CSV cells are always text.
 */
record LedgerCell(String text, BigDecimal number, LocalDate serialDate) {
    static final LedgerCell EMPTY = new LedgerCell("", null, null);

    LedgerCell {
        text = text == null ? "" : text.strip();
    }

    static LedgerCell text(String text) {
        return new LedgerCell(text, null, null);
    }

    boolean isBlank() {
        return text.isEmpty() && number == null;
    }
}
