package org.gongkai.web.internal.rest;

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
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Regions (lazy tree) and agencies, with CSV import for administrators. */
@Component(service = RegionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
    static final int MAX_CSV = 8 << 20;
    private final RegionService regions;

    /** A region with the number of its children, for lazy trees. */
    public record RegionNode(String code, String name, RegionLevel level, String parentCode, long childCount) {
    }

    @Activate
    public RegionResource(@Reference RegionService regions) {
        this.regions = regions;
    }

    @GET
    @Path("regions")
    public List<RegionNode> children(@QueryParam("parent") String parent, @Context SecurityContext sc) {
        Actors.of(sc);
        return regions.children(parent == null || parent.isBlank() ? null : parent.trim()).stream().map(this::node).toList();
    }

    @GET
    @Path("regions/{code}")
    public RegionNode region(@PathParam("code") String code, @Context SecurityContext sc) {
        Actors.of(sc);
        return regions.region(code).map(this::node).orElseThrow(() -> new NotFoundException("区划 region", code));
    }

    @POST
    @Path("regions/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult importRegions(String csv, @Context SecurityContext sc) {
        return regions.importRegions(Actors.of(sc), limit(csv));
    }

    @GET
    @Path("agencies")
    public List<Agency> agencies(@Context SecurityContext sc) {
        Actors.of(sc);
        return regions.agencies();
    }

    @GET
    @Path("agencies/{code}")
    public Agency agency(@PathParam("code") String code, @Context SecurityContext sc) {
        Actors.of(sc);
        return regions.agency(code).orElseThrow(() -> new NotFoundException("机构 agency", code));
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agency save(Agency agency, @Context SecurityContext sc) {
        UserResource.require(agency);
        return regions.saveAgency(Actors.of(sc), agency);
    }

    @POST
    @Path("agencies/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult importAgencies(String csv, @Context SecurityContext sc) {
        return regions.importAgencies(Actors.of(sc), limit(csv));
    }

    private RegionNode node(Region r) {
        long children = r.level() == RegionLevel.HAMLET ? 0 : regions.childCount(r.code());
        return new RegionNode(r.code(), r.name(), r.level(), r.parentCode(), children);
    }

    private static String limit(String csv) {
        if (csv == null || csv.isEmpty()) {
            throw ValidationException.of("csv", "CSV 内容为空", "The CSV is empty");
        }
        if (csv.length() > MAX_CSV) {
            throw ValidationException.of("csv", "CSV 过大（最多 8 MB）", "CSV too large (at most 8 MB)");
        }
        return csv;
    }
}
