package org.gongkai.disclosure.internal.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.ws.rs.Consumes;
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
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.ValidationException;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The disclosure workflow over REST under /api/disclosure; thin over {@link DisclosureService}. */
@Component(service = DisclosureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final DisclosureService service;

    /** A value of an enumeration as the UI shows it. */
    public record Option(String id, String nameZh, String nameEn) {
    }

    /** A decision with its article. */
    public record DecisionOption(String id, String nameZh, String nameEn, String article, boolean needsGround) {
    }

    /** A channel with its Art. 31 rule. */
    public record ChannelOption(String id, String nameZh, String nameEn, String ruleZh, String ruleEn) {
    }

    /** A stage and whether it ends the clocks. */
    public record StageOption(String id, String nameZh, String nameEn, boolean closed) {
    }

    /** Everything the forms need. */
    public record Meta(List<ChannelOption> channels, List<StageOption> stages, List<Option> actions,
            List<Option> applicantTypes, List<Option> idKinds, List<DecisionOption> decisions, List<Option> grounds,
            List<Option> forms, List<Option> receiveBy) {
    }

    /** Starting a pause. */
    public record PauseStart(String kind, LocalDate from, String reason) {
    }

    /** Ending a pause. */
    public record PauseEnd(LocalDate to) {
    }

    /** An extension approved by the office head. */
    public record Extension(int days, String reason) {
    }

    @Activate
    public DisclosureResource(@Reference DisclosureService service) {
        this.service = service;
    }

    @GET
    @Path("meta")
    public Meta meta(@Context SecurityContext sc) {
        Actors.of(sc);
        return new Meta(
                Arrays.stream(Channel.values()).map(c -> new ChannelOption(c.name(), c.nameZh(), c.nameEn(), c.ruleZh(),
                        c.ruleEn())).toList(),
                Arrays.stream(Stage.values()).map(s -> new StageOption(s.name(), s.nameZh(), s.nameEn(), s.closed())).toList(),
                options(Action.values(), a -> new Option(a.name(), a.nameZh(), a.nameEn())),
                options(ApplicantType.values(), a -> new Option(a.name(), a.nameZh(), a.nameEn())),
                options(IdentityNumbers.Kind.values(), k -> new Option(k.name(), k.nameZh(), k.nameEn())),
                Arrays.stream(Decision.values()).map(d -> new DecisionOption(d.name(), d.nameZh(), d.nameEn(), d.article(),
                        d.needsGround())).toList(),
                options(Ground.values(), g -> new Option(g.name(), g.nameZh(), g.nameEn())),
                options(RequiredForm.values(), f -> new Option(f.name(), f.nameZh(), f.nameEn())),
                options(ReceiveBy.values(), r -> new Option(r.name(), r.nameZh(), r.nameEn())));
    }

    @GET
    @Path("applications")
    public Page<ApplicationSummary> list(@QueryParam("stage") String stage, @QueryParam("agency") String agency,
            @QueryParam("overdue") String overdue, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext sc) {
        return service.list(Actors.of(sc), new ApplicationQuery(stage == null || stage.isBlank() ? null
                : parse(Stage.class, "stage", stage), agency, "true".equals(overdue), Params.optionalDate("from", from), Params.optionalDate("to", to),
                q, sort, !"asc".equals(dir), Params.integer("page", page, 0), Params.integer("size", size, 20)));
    }

    @POST
    @Path("applications")
    public Response register(NewApplication application, @Context SecurityContext sc) {
        return Response.status(201).entity(service.register(Actors.of(sc), application)).build();
    }

    @GET
    @Path("applications/{number}")
    public ApplicationDetail get(@PathParam("number") String number, @Context SecurityContext sc) {
        return service.get(Actors.of(sc), number);
    }

    @POST
    @Path("applications/{number}/actions/{action}")
    public ApplicationDetail act(@PathParam("number") String number, @PathParam("action") String action,
            ActionInput input, @Context SecurityContext sc) {
        return service.act(Actors.of(sc), number, parse(Action.class, "action", action), input);
    }

    @PUT
    @Path("applications/{number}/items/{seq}")
    public ApplicationDetail decide(@PathParam("number") String number, @PathParam("seq") String seq,
            ItemDecision decision, @Context SecurityContext sc) {
        return service.decide(Actors.of(sc), number, Params.integer("seq", seq), decision);
    }

    @POST
    @Path("applications/{number}/pauses")
    public ApplicationDetail pause(@PathParam("number") String number, PauseStart p, @Context SecurityContext sc) {
        if (p == null) {
            throw ValidationException.of("kind", "缺少暂停信息", "Pause details missing");
        }
        return service.startPause(Actors.of(sc), number, p.kind(), p.from(), p.reason());
    }

    @POST
    @Path("applications/{number}/pauses/{id}/end")
    public ApplicationDetail resume(@PathParam("number") String number, @PathParam("id") String id, PauseEnd p,
            @Context SecurityContext sc) {
        return service.endPause(Actors.of(sc), number, Params.integer("id", id), p == null ? null : p.to());
    }

    @POST
    @Path("applications/{number}/extension")
    public ApplicationDetail extend(@PathParam("number") String number, Extension e, @Context SecurityContext sc) {
        if (e == null) {
            throw ValidationException.of("days", "缺少延期信息", "Extension details missing");
        }
        return service.extend(Actors.of(sc), number, e.days(), e.reason());
    }

    private static <T, R> List<R> options(T[] values, Function<T, R> f) {
        return Arrays.stream(values).map(f).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of(field, "取值无效：" + value, "Invalid value: " + value);
        }
    }
}
