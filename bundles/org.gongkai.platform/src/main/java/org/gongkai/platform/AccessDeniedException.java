package org.gongkai.platform;

/** The caller is authenticated but lacks the role or scope for the operation (HTTP 403). */
public class AccessDeniedException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Message message) {
        super("FORBIDDEN", message);
    }

    public static AccessDeniedException missingRole(String... roles) {
        String list = String.join(", ", roles);
        return new AccessDeniedException(Message.of("无权执行此操作，需要角色：" + list, "Not allowed: requires role " + list));
    }
}
