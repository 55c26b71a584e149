package org.gongkai.platform;

/** The requested object does not exist, or is outside the caller's agency scope (HTTP 404: never leak existence). */
public class NotFoundException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    /** {@code what} names the kind of object as "中文 english", e.g. "申请 application". */
    public NotFoundException(String what, String id) {
        super("NOT_FOUND", Message.of("未找到" + what.split(" ")[0] + "：" + id,
                "Not found: " + (what.contains(" ") ? what.substring(what.indexOf(' ') + 1) : what) + " " + id));
    }
}
