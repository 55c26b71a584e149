package org.gongkai.web.internal;

import java.util.Set;
import javax.ws.rs.core.Application;
import org.gongkai.web.GongkaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Gongkai's one JAX-RS application under /api; resources and extensions join it from their own bundles. */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(GongkaiRest.APP_NAME)
public class GongkaiApplication extends Application {
    @Override
    public Set<Object> getSingletons() {
        return Set.of();
    }
}
