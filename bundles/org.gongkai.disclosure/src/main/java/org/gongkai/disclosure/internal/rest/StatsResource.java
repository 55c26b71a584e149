package org.gongkai.disclosure.internal.rest;

import java.time.LocalDate;
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
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.internal.DisclosureComponent;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.gongkai.disclosure.internal.StatsDesk;

/** The dashboard figures under /api/disclosure/stats. */
@Component(service = StatsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final DisclosureComponent disclosure;

    @Activate
    public StatsResource(@Reference DisclosureService service) {
        this.disclosure = (DisclosureComponent) service;
    }

    @GET
    public StatsDesk.Stats stats(@QueryParam("year") String year, @Context SecurityContext sc) {
        int y = Params.integer("year", year, LocalDate.now(org.gongkai.platform.calendar.WorkingDayCalendar.ZONE).getYear());
        return disclosure.stats(Actors.of(sc), y);
    }
}
