package org.gongkai.platform;

/** The requested object does not exist, or is outside the caller's agency scope (HTTP 404: never leak existence). */
public class NotFoundException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super("NOT_FOUND", Message.of("未找到" + what + "：" + id, "Not found: " + what + " " + id));
    }
}
