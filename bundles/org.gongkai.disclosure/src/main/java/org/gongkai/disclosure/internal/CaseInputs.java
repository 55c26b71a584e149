package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import org.gongkai.platform.ValidationException;

/** The small input rules every disclosure desk shares: dates not in the future, comments, blank strings. */
final class CaseInputs {
    private CaseInputs() {
    }

    static LocalDate dateOrToday(LocalDate date, LocalDate today, String field) {
        LocalDate d = date == null ? today : date;
        if (d.isAfter(today)) {
            throw ValidationException.of(field, "日期不能晚于今天", "The date cannot be in the future");
        }
        return d;
    }

    static String comment(String c) {
        if (c == null || c.isBlank()) {
            return null;
        }
        String s = c.strip();
        if (s.length() > 1000) {
            throw ValidationException.of("comment", "意见不能超过 1000 个字符", "At most 1000 characters");
        }
        return s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
