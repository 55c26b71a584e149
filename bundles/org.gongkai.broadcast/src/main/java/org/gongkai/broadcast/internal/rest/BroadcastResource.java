package org.gongkai.broadcast.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import javax.ws.rs.core.SecurityContext;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.BroadcastStatistics;
import org.gongkai.broadcast.BroadcastSummary;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.broadcast.SlotState;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Broadcast content, the review chain, emergencies, CAP import, delivery reports, the schedule board (节目单) and
 * statistics over REST under /api/broadcast; thin over {@link BroadcastService}.
 */
@Component(service = BroadcastResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("broadcast")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BroadcastResource {
    private final BroadcastService service;

    /** A value of an enumeration as the UI shows it. */
    public record Option(String id, String nameZh, String nameEn) {
    }

    /** Everything the forms need. */
    public record Meta(List<String> categories, List<Option> states, List<Option> deliveryStates,
            List<Option> levels, List<String> terminalStates, List<Option> slots, List<Option> slotStates) {
    }

    /** A reviewer's or canceller's remark. */
    public record Remark(String comment) {
    }

    @Activate
    public BroadcastResource(@Reference BroadcastService service) {
        this.service = service;
    }

    @GET
    @Path("meta")
    public Meta meta(@Context SecurityContext sc) {
        Actors.of(sc);
        return new Meta(service.categories(),
                Arrays.stream(BroadcastState.values()).map(s -> new Option(s.name(), s.nameZh(), s.nameEn())).toList(),
                Arrays.stream(DeliveryState.values()).map(s -> new Option(s.name(), s.nameZh(), s.nameEn())).toList(),
                Arrays.stream(EmergencyLevel.values()).map(l -> new Option(String.valueOf(l.level()), l.nameZh(),
                        l.nameEn())).toList(),
                Arrays.stream(TerminalStatus.State.values()).map(Enum::name).toList(),
                Arrays.stream(DailySlot.values()).map(s -> new Option(s.name(), s.nameZh(), s.nameEn())).toList(),
                Arrays.stream(SlotState.values()).map(s -> new Option(s.name(), s.nameZh(), s.nameEn())).toList());
    }

    @GET
    @Path("items")
    public List<BroadcastSummary> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("limit") String limit, @Context SecurityContext sc) {
        return service.list(Actors.of(sc), parse("state", BroadcastState.class, state),
                parse("kind", BroadcastKind.class, kind), Params.integer("limit", limit, 200));
    }

    @POST
    @Path("items")
    public BroadcastView create(DraftInput input, @Context SecurityContext sc) {
        return service.createDraft(Actors.of(sc), required(input));
    }

    @GET
    @Path("items/{id}")
    public BroadcastView get(@PathParam("id") String id, @Context SecurityContext sc) {
        return service.get(Actors.of(sc), id);
    }

    @PUT
    @Path("items/{id}")
    public BroadcastView update(@PathParam("id") String id, DraftInput input, @Context SecurityContext sc) {
        return service.updateDraft(Actors.of(sc), id, required(input));
    }

    @POST
    @Path("items/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    public BroadcastView submit(@PathParam("id") String id, @Context SecurityContext sc) {
        return service.submit(Actors.of(sc), id);
    }

    @POST
    @Path("items/{id}/approve")
    public BroadcastView approve(@PathParam("id") String id, Remark r, @Context SecurityContext sc) {
        return service.approve(Actors.of(sc), id, comment(r));
    }

    @POST
    @Path("items/{id}/reject")
    public BroadcastView reject(@PathParam("id") String id, Remark r, @Context SecurityContext sc) {
        return service.reject(Actors.of(sc), id, comment(r));
    }

    @POST
    @Path("items/{id}/release")
    @Consumes(MediaType.WILDCARD)
    public BroadcastView release(@PathParam("id") String id, @Context SecurityContext sc) {
        return service.release(Actors.of(sc), id);
    }

    @POST
    @Path("items/{id}/cancel")
    public BroadcastView cancel(@PathParam("id") String id, Remark r, @Context SecurityContext sc) {
        return service.cancel(Actors.of(sc), id, comment(r));
    }

    @GET
    @Path("items/{id}/delivery")
    public DeliveryReport delivery(@PathParam("id") String id, @QueryParam("lines") String lines,
            @Context SecurityContext sc) {
        // ?lines=false: the counts only — polling a county-wide release for its progress need not read every line
        return "false".equals(lines) ? service.deliverySummary(Actors.of(sc), id) : service.delivery(Actors.of(sc), id);
    }

    @POST
    @Path("emergencies")
    public BroadcastView emergency(EmergencyInput input, @Context SecurityContext sc) {
        return service.issueEmergency(Actors.of(sc), required(input));
    }

    /** A CAP 1.2 alert (XML body) becomes an emergency draft. */
    @POST
    @Path("emergencies/cap")
    @Consumes(MediaType.WILDCARD)
    public BroadcastView cap(InputStream body, @Context SecurityContext sc) {
        return service.importCap(Actors.of(sc), Bodies.text(body));
    }

    @GET
    @Path("stats")
    public BroadcastStatistics stats(@QueryParam("year") String year, @Context SecurityContext sc) {
        int y = Params.integer("year", year, LocalDate.now(WorkingDayCalendar.ZONE).getYear());
        return service.statistics(Actors.of(sc), y);
    }

    /** The schedule board (节目单) of a date (today when omitted), optionally of one township. */
    @GET
    @Path("schedule")
    public ScheduleBoard schedule(@QueryParam("date") String date, @QueryParam("township") String township,
            @Context SecurityContext sc) {
        return service.schedule(Actors.of(sc), Params.optionalDate("date", date), township);
    }

    private static String comment(Remark r) {
        return r == null ? null : r.comment();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", "请求内容为空", "The request body is empty");
        }
        return body;
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "取值无效：" + value, "Invalid value: " + value);
        }
    }
}
