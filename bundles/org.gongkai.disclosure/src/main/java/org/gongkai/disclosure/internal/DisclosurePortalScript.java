package org.gongkai.disclosure.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the capability's portal page under /portal/cap/disclosure/ (main.js): apply, track, the guide. */
@Component(service = DisclosurePortalScript.class)
@HttpWhiteboardResource(pattern = "/portal/cap/disclosure/*", prefix = "/portal-cap")
public class DisclosurePortalScript {
}
