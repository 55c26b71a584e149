package org.gongkai.web.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.gongkai.platform.capability.CapabilityRegistry;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/capabilities}: what is installed now (the UI builds its menu and the portal its cards from it). */
@Component(service = CapabilityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("capabilities")
@Produces(MediaType.APPLICATION_JSON)
public class CapabilityResource {
    private final CapabilityRegistry registry;

    @Activate
    public CapabilityResource(@Reference CapabilityRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Public
    public List<CapabilityDescriptor> installed() {
        return registry.installed();
    }
}
