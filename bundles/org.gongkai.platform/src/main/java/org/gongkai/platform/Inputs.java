package org.gongkai.platform;

import java.util.List;

/** Shared checks of user input, so every capability rejects bad text the same way and in both languages. */
public final class Inputs {
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
        if (v.codePoints().anyMatch(Inputs::isControlOrBreak)) {
            errors.add(FieldError.of(field, "不能包含控制字符或换行", "Must not contain control characters or line breaks"));
            return null;
        }
        return v;
    }

    /** Control characters (C0, DEL, C1: tab, CR and LF included) and Unicode line or paragraph separators. */
    private static boolean isControlOrBreak(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Throws a {@link ValidationException} when errors were collected. */
    public static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
