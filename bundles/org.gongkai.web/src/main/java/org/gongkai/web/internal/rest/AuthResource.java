package org.gongkai.web.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.LoginSession;
import org.gongkai.platform.security.LoginSessions;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.gongkai.web.internal.AuthFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Login, logout, the current user and changing one's own password. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AccountService accounts;
    private final LoginSessions sessions;
    private final RegionService regions;

    /** Login request. */
    public record Credentials(String username, String password) {
    }

    /** Password change request. */
    public record PasswordChange(String oldPassword, String newPassword) {
    }

    /** The logged-in user as the UI needs it. */
    public record Me(String username, String displayName, String agencyCode, String agencyName,
            java.util.Set<String> roles, String csrfToken) {
    }

    @Activate
    public AuthResource(@Reference AccountService accounts, @Reference LoginSessions sessions,
            @Reference RegionService regions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.regions = regions;
    }

    @POST
    @Path("login")
    @Public
    public Response login(Credentials credentials, @Context SecurityContext sc) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw ValidationException.of("username", "请输入用户名和密码", "Enter user name and password");
        }
        Actor actor = accounts.authenticate(credentials.username(), credentials.password().toCharArray());
        LoginSession session = sessions.open(actor);
        boolean secure = sc.isSecure();
        String cookie = AuthFilter.COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
        return Response.ok(me(actor, session.csrfToken())).header(HttpHeaders.SET_COOKIE, cookie).build();
    }

    @POST
    @Path("logout")
    @Public
    public Response logout(@Context HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(AuthFilter.COOKIE);
        if (cookie != null) {
            sessions.close(cookie.getValue());
        }
        return Response.noContent().cookie(new NewCookie(AuthFilter.COOKIE, "", "/", null, null, 0, false, true)).build();
    }

    @GET
    @Path("me")
    public Me me(@Context SecurityContext sc, @Context HttpServletRequest request) {
        Object session = request.getAttribute(AuthFilter.SESSION_PROPERTY);
        String csrf = session instanceof LoginSession s ? s.csrfToken() : null;
        return me(Actors.of(sc), csrf);
    }

    @POST
    @Path("password")
    public Response changePassword(PasswordChange change, @Context SecurityContext sc) {
        if (change == null) {
            throw ValidationException.of("newPassword", "缺少新密码", "New password missing");
        }
        accounts.changeOwnPassword(Actors.of(sc), change.oldPassword() == null ? null : change.oldPassword().toCharArray(),
                change.newPassword() == null ? null : change.newPassword().toCharArray());
        return Response.noContent().build();
    }

    private Me me(Actor actor, String csrf) {
        Account a = accounts.get(actor, actor.username());
        String agencyName = regions.agency(a.agencyCode()).map(x -> x.name()).orElse(a.agencyCode());
        return new Me(a.username(), a.displayName(), a.agencyCode(), agencyName, a.roles(), csrf);
    }
}
