package org.gongkai.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/openapi.json}: the OpenAPI document of every Gongkai resource registered now. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("openapi.json")
@Public
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final String version;
    private final ServiceTracker<Object, Object> resources;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        this.version = context.getBundle().getVersion().toString();
        // a tracker, not a DS reference: resources are registered under their own classes, not a common interface.
        // It keeps the references only: getting the services would instantiate this very resource while it is being
        // constructed (Felix logged "ServiceFactory.getService() resulted in a cycle") and every other resource early
        this.resources = new ServiceTracker<>(context, context.createFilter("(osgi.jaxrs.resource=true)"),
                new ServiceTrackerCustomizer<>() {
                    @Override
                    public Object addingService(ServiceReference<Object> reference) {
                        return reference;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> reference, Object tracked) {
                        // nothing kept but the reference
                    }

                    @Override
                    public void removedService(ServiceReference<Object> reference, Object tracked) {
                        // nothing to release: no service object was got
                    }
                });
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> openApi() {
        List<Class<?>> classes = new ArrayList<>();
        ServiceReference<Object>[] refs = resources.getServiceReferences();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            Object names = ref.getProperty("objectClass");
            boolean ours = GongkaiRest.APP_SELECT.equals(ref.getProperty("osgi.jaxrs.application.select"));
            if (ours && names instanceof String[] n && n.length > 0 && ref.getBundle() != null) {
                try {
                    classes.add(ref.getBundle().loadClass(n[0]));
                } catch (ClassNotFoundException e) {
                    LOG.debug("resource class {} not loadable", n[0], e);
                }
            }
        }
        return OpenApiGenerator.generate(version, classes);
    }
}
