package org.gongkai.disclosure.internal.rest;

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
import org.gongkai.disclosure.internal.catalog.CatalogEntry;
import org.gongkai.disclosure.internal.catalog.CatalogMatch;
import org.gongkai.platform.ValidationException;

/** The high-frequency reply catalog under /api/disclosure/catalog. */
@Component(service = CatalogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
    private final DisclosureComponent disclosure;

    @Activate
    public CatalogResource(@Reference DisclosureService service) {
        this.disclosure = (DisclosureComponent) service;
    }

    @GET
    public List<CatalogEntry> entries(@Context SecurityContext sc) {
        Actors.of(sc);
        return disclosure.catalog().entries();
    }

    /** Tries the matcher on a text, e.g. from the catalog screen. */
    @GET
    @Path("match")
    public List<CatalogMatch> match(@QueryParam("q") String q, @Context SecurityContext sc) {
        Actors.of(sc);
        return disclosure.catalog().match(q == null ? "" : q, 5);
    }

    @PUT
    @Path("{code}")
    public CatalogEntry save(@PathParam("code") String code, CatalogEntry e, @Context SecurityContext sc) {
        if (e == null || !code.equals(e.code())) {
            throw ValidationException.of("code", "编号与地址不一致", "The code does not match the address");
        }
        return disclosure.catalog().save(Actors.of(sc), e);
    }
}
