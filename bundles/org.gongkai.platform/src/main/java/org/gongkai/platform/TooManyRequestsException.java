package org.gongkai.platform;

/** The caller sent too many requests in a short time (HTTP 429); public endpoints are rate-limited. */
public class TooManyRequestsException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(Message message) {
        super("TOO_MANY_REQUESTS", message);
    }
}
