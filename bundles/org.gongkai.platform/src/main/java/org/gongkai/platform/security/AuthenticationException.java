package org.gongkai.platform.security;

import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.Message;

/** Login refused (HTTP 401). The message never says whether the user name exists. */
public class AuthenticationException extends GongkaiException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(Message message) {
        super("UNAUTHENTICATED", message);
    }

    public static AuthenticationException badCredentials() {
        return new AuthenticationException(Message.of("用户名或密码错误", "Wrong user name or password"));
    }

    public static AuthenticationException locked() {
        return new AuthenticationException(Message.of("账号已被锁定，请稍后再试或联系管理员",
                "The account is locked; try again later or ask an administrator"));
    }

    public static AuthenticationException required() {
        return new AuthenticationException(Message.of("请先登录", "Please log in"));
    }
}
