package org.gongkai.web.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.security.Role;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The audit trail: query (admin, auditor) and chain verification. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    public List<AuditEntry> query(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("beforeSeq") String beforeSeq, @QueryParam("limit") String limit, @Context SecurityContext sc) {
        Long before = beforeSeq == null || beforeSeq.isBlank() ? null : (long) Params.integer("beforeSeq", beforeSeq);
        int n = Params.integer("limit", limit, 50);
        return audit.query(Actors.of(sc), new AuditQuery(objectType, objectId, actor, action, before, n));
    }

    @GET
    @Path("verify")
    public AuditVerification verify(@Context SecurityContext sc) {
        Actors.of(sc).requireAnyRole(Role.ADMIN, Role.AUDITOR);
        return audit.verify();
    }
}
