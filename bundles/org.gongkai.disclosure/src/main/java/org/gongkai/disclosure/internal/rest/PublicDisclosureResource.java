package org.gongkai.disclosure.internal.rest;

import java.util.Arrays;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.internal.PublicPortal;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.ValidationException;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The portal's side of 依申请公开 under /api/public/disclosure, without login: apply online, track with the number and
 * query code, download a reply delivered online, read an agency's 政府信息公开指南. Rate-limited per client address.
 */
@Component(service = PublicDisclosureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("public/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Public
public class PublicDisclosureResource {
    private final PublicPortal portal;

    /** The number and query code. */
    public record TrackRequest(String number, String code) {
    }

    /** A value of an enumeration as the form shows it. */
    public record Option(String id, String nameZh, String nameEn) {
    }

    /** What the application form needs. */
    public record FormMeta(List<Option> agencies, List<Option> applicantTypes, List<Option> idKinds,
            List<Option> forms, List<Option> receiveBy) {
    }

    @Activate
    public PublicDisclosureResource(@Reference DisclosureService service) {
        this.portal = PublicPortal.of(service);
    }

    @GET
    @Path("meta")
    public FormMeta meta() {
        return new FormMeta(portal.agencies().stream().map(a -> new Option(a.code(), a.name(), a.name())).toList(),
                Arrays.stream(ApplicantType.values()).map(a -> new Option(a.name(), a.nameZh(), a.nameEn())).toList(),
                Arrays.stream(IdentityNumbers.Kind.values()).map(k -> new Option(k.name(), k.nameZh(), k.nameEn()))
                        .toList(),
                Arrays.stream(RequiredForm.values()).map(f -> new Option(f.name(), f.nameZh(), f.nameEn())).toList(),
                Arrays.stream(ReceiveBy.values()).map(r -> new Option(r.name(), r.nameZh(), r.nameEn())).toList());
    }

    @POST
    @Path("applications")
    public Response apply(NewApplication application, @Context HttpServletRequest request) {
        return Response.status(201).entity(portal.apply(application, client(request))).build();
    }

    @POST
    @Path("track")
    public Object track(TrackRequest t, @Context HttpServletRequest request) {
        TrackRequest in = required(t);
        return portal.track(in.number(), in.code(), client(request));
    }

    @POST
    @Path("track/reply")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response reply(TrackRequest t, @Context HttpServletRequest request) {
        TrackRequest in = required(t);
        byte[] pdf = portal.replyPdf(in.number(), in.code(), client(request));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", in.number() + "-答复告知书.pdf"))
                .build();
    }

    @GET
    @Path("guide/{agency}")
    public Object guide(@PathParam("agency") String agency) {
        return portal.guide(agency);
    }

    private static TrackRequest required(TrackRequest t) {
        if (t == null || t.number() == null || t.number().isBlank() || t.code() == null || t.code().isBlank()) {
            throw ValidationException.of("code", "请填写申请编号和查询码", "Give the number and the query code");
        }
        return t;
    }

    private static String client(HttpServletRequest request) {
        return request == null ? "?" : request.getRemoteAddr();
    }
}
