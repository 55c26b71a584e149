package org.gongkai.platform;

import java.util.List;
import java.util.regex.Pattern;

/** Shared checks of user input, so every capability rejects bad text the same way and in both languages. */
public final class Inputs {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private Inputs() {
    }

    /**
     * A short name or title: required, trimmed, at most {@code max} characters, no markup ({@code <} or {@code >})
     * and no control characters. Emoji and traditional characters are fine. Adds a field error and answers null when bad.
     */
    public static String name(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "必填", "Required"));
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(FieldError.of(field, "不能超过 " + max + " 个字符", "At most " + max + " characters"));
            return null;
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            errors.add(FieldError.of(field, "不能包含 < 或 > 字符", "Must not contain < or >"));
            return null;
        }
        if (CONTROL.matcher(v).find() || v.indexOf('\n') >= 0) {
            errors.add(FieldError.of(field, "不能包含控制字符或换行", "Must not contain control characters or line breaks"));
            return null;
        }
        return v;
    }

    /** Throws a {@link ValidationException} when errors were collected. */
    public static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
