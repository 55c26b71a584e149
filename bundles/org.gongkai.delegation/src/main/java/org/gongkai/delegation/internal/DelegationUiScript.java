package org.gongkai.delegation.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the capability's staff screens under /ui/cap/delegation/ (main.js), which the UI shell loads while it is installed. */
@Component(service = DelegationUiScript.class)
@HttpWhiteboardResource(pattern = "/ui/cap/delegation/*", prefix = "/webui-cap")
public class DelegationUiScript {
}
