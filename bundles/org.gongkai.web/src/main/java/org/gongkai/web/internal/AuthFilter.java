package org.gongkai.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.Message;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.AuthenticationException;
import org.gongkai.platform.security.LoginSession;
import org.gongkai.platform.security.LoginSessions;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Authenticates every API request: the session cookie of the UI (with its CSRF token on state-changing requests) or
 * HTTP Basic for scripts. Requests to methods not marked {@link Public} need a user (401 otherwise); roles and
 * agency scope are checked by the services (403).
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String COOKIE = "GKSESSION";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String SESSION_PROPERTY = "gongkai.session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final AccountService accounts;
    private final LoginSessions sessions;

    @Context
    ResourceInfo resourceInfo;

    @Activate
    public AuthFilter(@Reference AccountService accounts, @Reference LoginSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Actor actor = null;
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            actor = basic(authorization.substring(6).trim());
        } else {
            Cookie cookie = request.getCookies().get(COOKIE);
            Optional<LoginSession> session = cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
            if (session.isPresent()) {
                if (!SAFE.contains(request.getMethod()) && !csrfMatches(request.getHeaderString(CSRF_HEADER),
                        session.get().csrfToken())) {
                    throw new org.gongkai.platform.AccessDeniedException(Message.of("缺少或错误的 CSRF 令牌，请刷新页面",
                            "Missing or wrong CSRF token; reload the page"));
                }
                actor = session.get().actor();
                request.setProperty(SESSION_PROPERTY, session.get());
            }
        }
        if (actor != null) {
            request.setSecurityContext(new ActorSecurityContext(actor, request.getSecurityContext().isSecure()));
        } else if (!isPublic()) {
            throw AuthenticationException.required();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putIfAbsent("Cache-Control", List.of("no-store"));
    }

    private Actor basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AuthenticationException.badCredentials();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw AuthenticationException.badCredentials();
        }
        return accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }

    private boolean isPublic() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(Public.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(Public.class);
    }

    private static boolean csrfMatches(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The SecurityContext of an authenticated request. */
    private record ActorSecurityContext(Actor actor, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new Actors.ActorPrincipal(actor);
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "gongkai";
        }
    }
}
