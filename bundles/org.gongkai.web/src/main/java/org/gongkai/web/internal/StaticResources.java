package org.gongkai.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the staff UI from the bundle's {@code webui/} folder under {@code /ui/}. */
@Component(service = StaticResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/webui")
public class StaticResources {
}
