package org.gongkai.disclosure.internal.rest;

import java.io.InputStream;
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
import org.gongkai.disclosure.internal.LedgerDesk;
import org.gongkai.disclosure.internal.ledger.LedgerTemplate;

/** The ledger import under /api/disclosure/ledger: templates, a check, the import (all or nothing). */
@Component(service = LedgerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final DisclosureComponent disclosure;

    @Activate
    public LedgerResource(@Reference DisclosureService service) {
        this.disclosure = (DisclosureComponent) service;
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csvTemplate(@Context SecurityContext sc) {
        Actors.of(sc);
        return Response.ok(new LedgerTemplate().csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", "依申请公开台账模板.csv")).build();
    }

    @GET
    @Path("template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsxTemplate(@Context SecurityContext sc) {
        Actors.of(sc);
        return Response.ok(new LedgerTemplate().xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", "依申请公开台账模板.xlsx")).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public LedgerDesk.Outcome load(@QueryParam("name") String name, @QueryParam("dryRun") String dryRun,
            InputStream body, @Context SecurityContext sc) {
        return disclosure.ledger().load(Actors.of(sc), body, name, !"false".equals(dryRun));
    }
}
