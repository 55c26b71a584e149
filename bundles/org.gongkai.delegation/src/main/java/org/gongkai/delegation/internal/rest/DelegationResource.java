package org.gongkai.delegation.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.delegation.BoardRow;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.DelegationService;
import org.gongkai.delegation.Reminder;
import org.gongkai.delegation.Suggestion;
import org.gongkai.delegation.ZoneMode;
import org.gongkai.delegation.ZoneSetting;
import org.gongkai.delegation.internal.DelegationComponent;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Delegation under /api/delegation: zones, rules, suggestions, delegate/recall/remind, board and report. */
@Component(service = DelegationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("delegation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {
    private final DelegationService service;

    @Activate
    public DelegationResource(@Reference DelegationService service) {
        this.service = service;
    }

    /** A zone's setting as the rules screen sends it. */
    public record ZoneBody(ZoneMode mode, String principal, String reconsiderationOrgan) {
    }

    /** A delegation: the zone and why (the matched rule, or the office's note when forwarding by hand). */
    public record DelegateBody(String zoneCode, String reason) {
    }

    /** A reason (recall) or a note (reminder). */
    public record TextBody(String text) {
    }

    @GET
    @Path("zones")
    public List<ZoneSetting> zones(@Context SecurityContext sc) {
        return service.zones(Actors.of(sc));
    }

    @PUT
    @Path("zones/{code}")
    public ZoneSetting saveZone(@PathParam("code") String code, ZoneBody b, @Context SecurityContext sc) {
        return service.saveZone(Actors.of(sc), b == null ? null
                : new ZoneSetting(code, null, b.mode(), b.principal(), b.reconsiderationOrgan()));
    }

    @GET
    @Path("rules")
    public List<DelegationRule> rules(@Context SecurityContext sc) {
        return service.rules(Actors.of(sc));
    }

    @POST
    @Path("rules")
    public Response addRule(DelegationRule rule, @Context SecurityContext sc) {
        return Response.status(201).entity(service.addRule(Actors.of(sc), rule)).build();
    }

    @DELETE
    @Path("rules/{id}")
    public Response deleteRule(@PathParam("id") String id, @Context SecurityContext sc) {
        service.deleteRule(Actors.of(sc), Params.integer("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("cases/{number}/suggestions")
    public List<Suggestion> suggestions(@PathParam("number") String number, @Context SecurityContext sc) {
        return service.suggest(Actors.of(sc), number);
    }

    @POST
    @Path("cases/{number}/delegate")
    public ApplicationDetail delegate(@PathParam("number") String number, DelegateBody b, @Context SecurityContext sc) {
        return service.delegate(Actors.of(sc), number, b == null ? null : b.zoneCode(), b == null ? null : b.reason());
    }

    @POST
    @Path("cases/{number}/recall")
    public ApplicationDetail recall(@PathParam("number") String number, TextBody b, @Context SecurityContext sc) {
        return service.recall(Actors.of(sc), number, b == null ? null : b.text());
    }

    @GET
    @Path("cases/{number}/reminders")
    public List<Reminder> reminders(@PathParam("number") String number, @Context SecurityContext sc) {
        return service.reminders(Actors.of(sc), number);
    }

    @POST
    @Path("cases/{number}/reminders")
    public Response remind(@PathParam("number") String number, TextBody b, @Context SecurityContext sc) {
        return Response.status(201).entity(service.remind(Actors.of(sc), number, b == null ? null : b.text())).build();
    }

    @GET
    @Path("board")
    public List<BoardRow> board(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext sc) {
        // no period: every open delegated case and those closed lately (the service's default board)
        return service.board(Actors.of(sc), Params.optionalDate("from", from), Params.optionalDate("to", to));
    }

    @GET
    @Path("report")
    public DelegationReport report(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext sc) {
        return service.report(Actors.of(sc), Params.date("from", from), Params.date("to", to));
    }

    @GET
    @Path("report/csv")
    @Produces("text/csv; charset=UTF-8")
    public Response reportCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext sc) {
        java.time.LocalDate f = Params.date("from", from);
        java.time.LocalDate t = Params.date("to", to);
        String csv = ((DelegationComponent) service).reportCsv(Actors.of(sc), f, t);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"delegation-" + f + "-" + t + ".csv\"")
                .build();
    }
}
