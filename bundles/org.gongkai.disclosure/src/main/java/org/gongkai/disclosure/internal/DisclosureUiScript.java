package org.gongkai.disclosure.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the capability's staff screens under /ui/cap/disclosure/ (main.js), which the UI shell loads while it is installed. */
@Component(service = DisclosureUiScript.class)
@HttpWhiteboardResource(pattern = "/ui/cap/disclosure/*", prefix = "/webui-cap")
public class DisclosureUiScript {
}
