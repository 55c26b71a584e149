package org.gongkai.web.internal.rest;

import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.CalendarAdmin;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.DayInfo;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.calendar.WorkingDayCount;
import org.gongkai.platform.calendar.WorkingDayResult;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The working-day calendar over REST. Reads need no login; loading a notice is for administrators. */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final WorkingDayCalendar calendar;
    private final CalendarAdmin admin;

    /** Overview of the calendar. */
    public record Overview(LocalDate today, List<Integer> loadedYears, String zone) {
    }

    @Activate
    public CalendarResource(@Reference WorkingDayCalendar calendar, @Reference CalendarAdmin admin) {
        this.calendar = calendar;
        this.admin = admin;
    }

    @GET
    @Public
    public Overview overview() {
        return new Overview(calendar.today(), calendar.loadedYears(), WorkingDayCalendar.ZONE.getId());
    }

    /** The date {@code days} working days after {@code from}, counted from the next day. */
    @GET
    @Path("working-days")
    @Public
    public WorkingDayResult workingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        return calendar.addWorkingDays(Params.date("from", from), Params.integer("days", days));
    }

    /** Working days after {@code from} up to and including {@code to}. */
    @GET
    @Path("between")
    @Public
    public WorkingDayCount between(@QueryParam("from") String from, @QueryParam("to") String to) {
        return calendar.workingDaysBetween(Params.date("from", from), Params.date("to", to));
    }

    @GET
    @Path("day/{date}")
    @Public
    public DayInfo day(@PathParam("date") String date) {
        return calendar.describe(Params.date("date", date));
    }

    @GET
    @Path("{year}")
    @Public
    public CalendarYear year(@PathParam("year") String year) {
        return calendar.year(Params.integer("year", year));
    }

    /** Loads a year's notice (holiday-cn JSON) without restart. */
    @POST
    @Path("notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarYear load(byte[] body, @Context SecurityContext sc) {
        if (body == null || body.length > 256 * 1024) {
            throw ValidationException.of("notice", "文件为空或过大", "The file is empty or too large");
        }
        return admin.loadNotice(Actors.of(sc), body);
    }
}
