package org.gongkai.platform;

/** One rejected input field with the reason in Chinese and English. */
public record FieldError(String field, String zh, String en) {
    public static FieldError of(String field, String zh, String en) {
        return new FieldError(field, zh, en);
    }
}
