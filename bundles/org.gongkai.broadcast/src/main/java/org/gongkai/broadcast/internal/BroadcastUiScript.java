package org.gongkai.broadcast.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the capability's staff screens under /ui/cap/broadcast/ (main.js), which the UI shell loads while it is installed. */
@Component(service = BroadcastUiScript.class)
@HttpWhiteboardResource(pattern = "/ui/cap/broadcast/*", prefix = "/webui-cap")
public class BroadcastUiScript {
}
