package org.gongkai.broadcast.internal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
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
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.DriverInfo;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.TerminalImport;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Terminals and drivers over REST under /api/broadcast/terminals; thin over {@link BroadcastService}. */
@Component(service = TerminalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("broadcast/terminals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerminalResource {
    private final BroadcastService service;

    /** The fields of a terminal that the path does not give. */
    public record Binding(String name, String regionCode, String driverId, Map<String, String> settings) {
    }

    @Activate
    public TerminalResource(@Reference BroadcastService service) {
        this.service = service;
    }

    @GET
    public List<TerminalView> list(@QueryParam("region") String region, @Context SecurityContext sc) {
        return service.terminals(Actors.of(sc), region);
    }

    @GET
    @Path("tree")
    public List<RegionTerminals> tree(@QueryParam("region") String region, @Context SecurityContext sc) {
        return service.terminalTree(Actors.of(sc), region);
    }

    @GET
    @Path("drivers")
    public List<DriverInfo> drivers(@Context SecurityContext sc) {
        return service.drivers(Actors.of(sc));
    }

    @PUT
    @Path("{id}")
    public TerminalView bind(@PathParam("id") String id, Binding b, @Context SecurityContext sc) {
        Binding in = b == null ? new Binding(null, null, null, null) : b;
        return service.bindTerminal(Actors.of(sc), new TerminalInput(id, in.name(), in.regionCode(), in.driverId(),
                in.settings()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public TerminalImport importCsv(InputStream body, @Context SecurityContext sc) {
        return service.importTerminals(Actors.of(sc), Bodies.text(body));
    }

    /** Asks the drivers for fresh status; answers how many terminals were asked. */
    @POST
    @Path("refresh")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Integer> refresh(@QueryParam("region") String region, @Context SecurityContext sc) {
        return Map.of("asked", service.refreshStatus(Actors.of(sc), region));
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryReport.Line> deliveries(@PathParam("id") String id, @Context SecurityContext sc) {
        return service.terminalDeliveries(Actors.of(sc), id);
    }
}
