package org.gongkai.web.internal.rest;

import java.util.List;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.AccountUpdate;
import org.gongkai.platform.security.NewAccount;
import org.gongkai.platform.security.Role;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Staff accounts (admin only) and the list of roles. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    private final AccountService accounts;

    /** A role as shown in the UI. */
    public record RoleInfo(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {
    }

    /** A new password set by an administrator. */
    public record NewPassword(String password) {
    }

    @Activate
    public UserResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("roles")
    @Public
    public List<RoleInfo> roles() {
        return java.util.Arrays.stream(Role.values())
                .map(r -> new RoleInfo(r.id(), r.nameZh(), r.nameEn(), r.descriptionZh(), r.descriptionEn())).toList();
    }

    @GET
    @Path("users")
    public List<Account> list(@Context SecurityContext sc) {
        return accounts.list(Actors.of(sc));
    }

    @GET
    @Path("users/{username}")
    public Account get(@PathParam("username") String username, @Context SecurityContext sc) {
        return accounts.get(Actors.of(sc), username);
    }

    @POST
    @Path("users")
    public Response create(NewAccount account, @Context SecurityContext sc) {
        require(account);
        Account a = accounts.create(Actors.of(sc), account);
        return Response.status(201).entity(a).build();
    }

    @PUT
    @Path("users/{username}")
    public Account update(@PathParam("username") String username, AccountUpdate update, @Context SecurityContext sc) {
        require(update);
        return accounts.update(Actors.of(sc), username, update);
    }

    @POST
    @Path("users/{username}/password")
    public Response password(@PathParam("username") String username, NewPassword pw, @Context SecurityContext sc) {
        require(pw);
        accounts.setPassword(Actors.of(sc), username, pw.password() == null ? null : pw.password().toCharArray());
        return Response.noContent().build();
    }

    @POST
    @Path("users/{username}/lock")
    public Account lock(@PathParam("username") String username, @Context SecurityContext sc) {
        return accounts.setLocked(Actors.of(sc), username, true);
    }

    @POST
    @Path("users/{username}/unlock")
    public Account unlock(@PathParam("username") String username, @Context SecurityContext sc) {
        return accounts.setLocked(Actors.of(sc), username, false);
    }

    static void require(Object body) {
        if (body == null) {
            throw ValidationException.of("body", "缺少请求内容", "The request body is empty");
        }
    }

}
