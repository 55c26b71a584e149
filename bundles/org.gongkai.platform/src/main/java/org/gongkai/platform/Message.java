package org.gongkai.platform;

import java.util.Objects;

/** A user-facing text in Chinese (the default) and English. */
public record Message(String zh, String en) {
    public Message {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Message of(String zh, String en) {
        return new Message(zh, en);
    }
}
