package org.gongkai.disclosure.internal.ledger;

import org.gongkai.platform.FieldError;

/**
 * One problem of a ledger file, in Chinese and English.
 *
 * @param line   the line of the file (1-based, the header row is line 1); {@link #WHOLE_FILE} (0) for the file as a whole
 * @param column the column's standard Chinese header (e.g. 收到日期), or null when the problem is not one column's
 */
public record LedgerError(int line, String column, String messageZh, String messageEn) {
    /** The line of errors about the file as a whole (size, format, unreadable, no data). */
    public static final int WHOLE_FILE = 0;

    /** As a platform field error, field {@code ledger[line].column}, so a service can throw a ValidationException. */
    public FieldError toFieldError() {
        String field = "ledger[" + line + "]" + (column == null ? "" : "." + column);
        String where = line == WHOLE_FILE ? "" : "第 " + line + " 行" + (column == null ? "" : "“" + column + "”") + "：";
        String whereEn = line == WHOLE_FILE ? "" : "Line " + line + (column == null ? "" : ", " + column) + ": ";
        return FieldError.of(field, where + messageZh, whereEn + messageEn);
    }
}
