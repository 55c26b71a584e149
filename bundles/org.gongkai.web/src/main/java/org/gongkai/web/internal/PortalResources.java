package org.gongkai.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the public portal from the bundle's {@code portal/} folder under {@code /portal/}. */
@Component(service = PortalResources.class)
@HttpWhiteboardResource(pattern = "/portal/*", prefix = "/portal")
public class PortalResources {
}
