package org.gongkai.web.internal.rest;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.capability.CapabilityRegistry;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/health}: overall status, database reachability, version, installed capabilities. No login. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final DataSource dataSource;
    private final CapabilityRegistry capabilities;
    private final String version;

    /** Health answer. */
    public record Health(String status, String version, Database database, List<String> capabilities) {
    }

    /** Database part of the health answer. */
    public record Database(String status, String product, String error) {
    }

    @Activate
    public HealthResource(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference CapabilityRegistry capabilities, BundleContext context) {
        this.dataSource = dataSource;
        this.capabilities = capabilities;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    @Public
    public Response health() {
        Database db;
        try (Connection c = dataSource.getConnection()) {
            boolean ok = c.isValid(2);
            db = new Database(ok ? "UP" : "DOWN", c.getMetaData().getDatabaseProductName(), null);
        } catch (Exception e) {
            db = new Database("DOWN", null, e.getClass().getSimpleName());
        }
        boolean up = "UP".equals(db.status());
        Health h = new Health(up ? "UP" : "DOWN", version, db,
                capabilities.installed().stream().map(CapabilityDescriptor::id).toList());
        return Response.status(up ? 200 : 503).entity(h).build();
    }
}
