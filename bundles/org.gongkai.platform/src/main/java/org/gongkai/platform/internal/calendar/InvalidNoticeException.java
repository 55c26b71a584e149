package org.gongkai.platform.internal.calendar;

/** A holiday notice file that cannot be used; the message says why. */
final class InvalidNoticeException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidNoticeException(String message) {
        super(message);
    }
}
