package org.gongkai.platform;

/** Base of the exceptions a service throws for a reason the user can act on; the web layer maps each to a status. */
public abstract class GongkaiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final Message userMessage;

    protected GongkaiException(String code, Message userMessage) {
        super(userMessage.en());
        this.code = code;
        this.userMessage = userMessage;
    }

    /** A stable machine-readable code, e.g. {@code VALIDATION}. */
    public String code() {
        return code;
    }

    public Message userMessage() {
        return userMessage;
    }
}
