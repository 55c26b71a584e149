package org.gongkai.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.platform.ValidationException;

/** Parses query and path parameters of every capability's resources the same way, with bilingual field errors. */
public final class Params {
    private Params() {
    }

    /** A required ISO date; 2026-02-30 and the like are rejected. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "缺少日期（格式 YYYY-MM-DD）", "Date required (YYYY-MM-DD)");
        }
        return optionalDate(field, value);
    }

    /** An ISO date, or null when absent. */
    public static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "日期无效：" + value + "（格式 YYYY-MM-DD）",
                    "Invalid date: " + value + " (YYYY-MM-DD)");
        }
    }

    /** A required whole number. */
    public static int integer(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "应为整数", "Must be a whole number");
        }
    }

    /** A whole number, or the fallback when absent. */
    public static int integer(String field, String value, int fallback) {
        return value == null || value.isBlank() ? fallback : integer(field, value);
    }
}
