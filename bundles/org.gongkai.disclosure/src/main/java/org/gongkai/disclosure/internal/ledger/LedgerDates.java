package org.gongkai.disclosure.internal.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date cell: 2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日, 20250304 (a time after the date is ignored, as
 * Excel writes it into CSV), and in XLSX numeric date serials, with or without a date style.
 */
final class LedgerDates {
    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private LedgerDates() {
    }

    /** The date of a non-blank cell, or empty when it is not a date this reader understands. */
    static Optional<LocalDate> parse(LedgerCell cell) {
        if (cell.number() != null) {
            return fromNumber(cell);
        }
        String text = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
        Matcher m = SEPARATED.matcher(text);
        if (!m.matches()) {
            m = COMPACT.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** An 8-digit whole number is read as yyyymmdd (typed without separators); any other number is a date serial. */
    private static Optional<LocalDate> fromNumber(LedgerCell cell) {
        BigDecimal n = cell.number();
        if (n.signum() > 0 && n.stripTrailingZeros().scale() <= 0 && n.precision() - n.scale() == 8) {
            Matcher m = COMPACT.matcher(n.toBigInteger().toString());
            return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
        }
        return Optional.ofNullable(cell.serialDate());
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
