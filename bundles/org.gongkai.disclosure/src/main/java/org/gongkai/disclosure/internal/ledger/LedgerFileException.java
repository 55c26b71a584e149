package org.gongkai.disclosure.internal.ledger;

/** The file as a whole cannot be read (wrong format, broken CSV quoting, damaged workbook); becomes one ledger error. */
final class LedgerFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String messageZh;
    private final String messageEn;

    LedgerFileException(int line, String messageZh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.line = line;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    LedgerError toError() {
        return new LedgerError(line, null, messageZh, messageEn);
    }
}
