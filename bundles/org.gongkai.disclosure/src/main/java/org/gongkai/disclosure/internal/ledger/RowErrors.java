package org.gongkai.disclosure.internal.ledger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The errors of one row, added to the file's list as they are found; remembers which columns were bad. */
final class RowErrors {
    private final int line;
    private final List<LedgerError> sink;
    private final Set<LedgerColumn> bad = EnumSet.noneOf(LedgerColumn.class);

    RowErrors(int line, List<LedgerError> sink) {
        this.line = line;
        this.sink = sink;
    }

    void add(LedgerColumn column, String zh, String en) {
        bad.add(column);
        sink.add(new LedgerError(line, column.header(), zh, en));
    }

    /** True when any of the columns had an error, so checks that combine them are skipped rather than misleading. */
    boolean anyBad(LedgerColumn... columns) {
        for (LedgerColumn c : columns) {
            if (bad.contains(c)) {
                return true;
            }
        }
        return false;
    }

    boolean any() {
        return !bad.isEmpty();
    }
}
