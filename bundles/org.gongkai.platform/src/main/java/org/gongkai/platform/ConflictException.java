package org.gongkai.platform;

/** The operation contradicts the current state, e.g. a duplicate name or a stale transition (HTTP 409). */
public class ConflictException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(Message message) {
        super("CONFLICT", message);
    }
}
