package org.gongkai.web.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Swagger UI (from the swagger-ui webjar, embedded in this bundle) at {@code /api/docs}, reading /api/openapi.json. */
@Component(service = DocsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("docs")
@Public
public class DocsResource {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=UTF-8", "js",
            "application/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "png", "image/png");

    @GET
    public Response index() {
        return Response.seeOther(URI.create("/api/docs/index.html")).build();
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        if (!file.matches("[A-Za-z0-9._-]+") || file.contains("..")) {
            throw new NotFoundException();
        }
        String folder = file.equals("index.html") ? "docs/" : "docs/swagger-ui/";
        InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(folder + file);
        if (in == null) {
            throw new NotFoundException();
        }
        String ext = file.substring(file.lastIndexOf('.') + 1);
        return Response.ok(in, TYPES.getOrDefault(ext, "application/octet-stream"))
                .header("Cache-Control", "max-age=3600").build();
    }
}
