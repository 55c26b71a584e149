package org.gongkai.disclosure.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.AttachedFile;
import org.gongkai.disclosure.FeeMethod;
import org.gongkai.disclosure.Remedy;
import org.gongkai.disclosure.RemedyKind;
import org.gongkai.disclosure.RemedyResult;
import org.gongkai.disclosure.internal.CatalogDesk;
import org.gongkai.disclosure.internal.DisclosureComponent;
import org.gongkai.disclosure.internal.letter.Letter;
import org.gongkai.disclosure.internal.report.ReportRow;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.ValidationException;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The disclosure workflow over REST under /api/disclosure; thin over {@link DisclosureService}. */
@Component(service = DisclosureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    private final DisclosureService service;

    /** A value of an enumeration as the UI shows it. */
    public record Option(String id, String nameZh, String nameEn) {
    }

    /** A decision with its article. */
    public record DecisionOption(String id, String nameZh, String nameEn, String article, boolean needsGround) {
    }

    /** A channel with its Art. 31 rule. */
    public record ChannelOption(String id, String nameZh, String nameEn, String ruleZh, String ruleEn) {
    }

    /** A stage and whether it ends the clocks. */
    public record StageOption(String id, String nameZh, String nameEn, boolean closed) {
    }

    /** Everything the forms need. */
    public record Meta(List<ChannelOption> channels, List<StageOption> stages, List<Option> actions,
            List<Option> applicantTypes, List<Option> idKinds, List<DecisionOption> decisions, List<Option> grounds,
            List<Option> forms, List<Option> receiveBy, List<Option> feeMethods, List<Option> remedyKinds,
            List<Option> remedyResults, List<Option> reportRows) {
    }

    /** A fee notice. */
    public record FeeNotice(FeeMethod method, Integer pages) {
    }

    /** A recorded payment. */
    public record FeePayment(LocalDate paidOn, String receiptNumber) {
    }

    /** A reconsideration or lawsuit to record. */
    public record NewRemedy(RemedyKind kind, LocalDate filedOn, String organ, String caseNumber, RemedyResult result,
            LocalDate decidedOn, String note) {
    }

    /** The result of a reconsideration or lawsuit. */
    public record RemedyDecision(RemedyResult result, LocalDate decidedOn, String note) {
    }

    /** Starting a pause. */
    public record PauseStart(String kind, LocalDate from, String reason) {
    }

    /** Ending a pause. */
    public record PauseEnd(LocalDate to) {
    }

    /** An extension approved by the office head. */
    public record Extension(int days, String reason) {
    }

    @Activate
    public DisclosureResource(@Reference DisclosureService service) {
        this.service = service;
    }

    @GET
    @Path("meta")
    public Meta meta(@Context SecurityContext sc) {
        Actors.of(sc);
        return new Meta(
                Arrays.stream(Channel.values()).map(c -> new ChannelOption(c.name(), c.nameZh(), c.nameEn(), c.ruleZh(),
                        c.ruleEn())).toList(),
                Arrays.stream(Stage.values()).map(s -> new StageOption(s.name(), s.nameZh(), s.nameEn(), s.closed())).toList(),
                options(Action.values(), a -> new Option(a.name(), a.nameZh(), a.nameEn())),
                options(ApplicantType.values(), a -> new Option(a.name(), a.nameZh(), a.nameEn())),
                options(IdentityNumbers.Kind.values(), k -> new Option(k.name(), k.nameZh(), k.nameEn())),
                Arrays.stream(Decision.values()).map(d -> new DecisionOption(d.name(), d.nameZh(), d.nameEn(), d.article(),
                        d.needsGround())).toList(),
                options(Ground.values(), g -> new Option(g.name(), g.nameZh(), g.nameEn())),
                options(RequiredForm.values(), f -> new Option(f.name(), f.nameZh(), f.nameEn())),
                options(ReceiveBy.values(), r -> new Option(r.name(), r.nameZh(), r.nameEn())),
                options(FeeMethod.values(), f -> new Option(f.name(), f.nameZh(), f.nameEn())),
                options(RemedyKind.values(), k -> new Option(k.name(), k.nameZh(), k.nameEn())),
                options(RemedyResult.values(), r -> new Option(r.name(), r.nameZh(), r.nameEn())),
                options(ReportRow.values(), r -> new Option(r.name(), r.fullLabelZh(), r.fullLabelEn())));
    }

    @GET
    @Path("applications")
    public Page<ApplicationSummary> list(@QueryParam("stage") String stage, @QueryParam("agency") String agency,
            @QueryParam("overdue") String overdue, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext sc) {
        return service.list(Actors.of(sc), new ApplicationQuery(stage == null || stage.isBlank() ? null
                : parse(Stage.class, "stage", stage), agency, "true".equals(overdue), Params.optionalDate("from", from), Params.optionalDate("to", to),
                q, sort, !"asc".equals(dir), Params.integer("page", page, 0), Params.integer("size", size, 20)));
    }

    @POST
    @Path("applications")
    public Response register(NewApplication application, @Context SecurityContext sc) {
        return Response.status(201).entity(service.register(Actors.of(sc), application)).build();
    }

    @GET
    @Path("applications/{number}")
    public ApplicationDetail get(@PathParam("number") String number, @Context SecurityContext sc) {
        return service.get(Actors.of(sc), number);
    }

    @POST
    @Path("applications/{number}/actions/{action}")
    public ApplicationDetail act(@PathParam("number") String number, @PathParam("action") String action,
            ActionInput input, @Context SecurityContext sc) {
        return service.act(Actors.of(sc), number, parse(Action.class, "action", action), input);
    }

    @PUT
    @Path("applications/{number}/items/{seq}")
    public ApplicationDetail decide(@PathParam("number") String number, @PathParam("seq") String seq,
            ItemDecision decision, @Context SecurityContext sc) {
        return service.decide(Actors.of(sc), number, Params.integer("seq", seq), decision);
    }

    @POST
    @Path("applications/{number}/pauses")
    public ApplicationDetail pause(@PathParam("number") String number, PauseStart p, @Context SecurityContext sc) {
        if (p == null) {
            throw ValidationException.of("kind", "缺少暂停信息", "Pause details missing");
        }
        return service.startPause(Actors.of(sc), number, p.kind(), p.from(), p.reason());
    }

    @POST
    @Path("applications/{number}/pauses/{id}/end")
    public ApplicationDetail resume(@PathParam("number") String number, @PathParam("id") String id, PauseEnd p,
            @Context SecurityContext sc) {
        return service.endPause(Actors.of(sc), number, Params.integer("id", id), p == null ? null : p.to());
    }

    @POST
    @Path("applications/{number}/extension")
    public ApplicationDetail extend(@PathParam("number") String number, Extension e, @Context SecurityContext sc) {
        if (e == null) {
            throw ValidationException.of("days", "缺少延期信息", "Extension details missing");
        }
        return service.extend(Actors.of(sc), number, e.days(), e.reason());
    }

    @POST
    @Path("applications/{number}/fee")
    public ApplicationDetail feeNotice(@PathParam("number") String number, FeeNotice f, @Context SecurityContext sc) {
        if (f == null) {
            throw ValidationException.of("method", "缺少收费信息", "Fee details missing");
        }
        return service.feeNotice(Actors.of(sc), number, f.method(), f.pages());
    }

    @POST
    @Path("applications/{number}/fee/payment")
    public ApplicationDetail feePaid(@PathParam("number") String number, FeePayment p, @Context SecurityContext sc) {
        if (p == null) {
            throw ValidationException.of("receiptNumber", "缺少缴费信息", "Payment details missing");
        }
        return service.feePaid(Actors.of(sc), number, p.paidOn(), p.receiptNumber());
    }

    @POST
    @Path("applications/{number}/remedies")
    public ApplicationDetail addRemedy(@PathParam("number") String number, NewRemedy r, @Context SecurityContext sc) {
        return service.addRemedy(Actors.of(sc), number, r == null ? null : new Remedy(0, r.kind(), r.filedOn(), r.organ(),
                r.caseNumber(), r.result(), r.decidedOn(), r.note()));
    }

    @PUT
    @Path("applications/{number}/remedies/{id}")
    public ApplicationDetail decideRemedy(@PathParam("number") String number, @PathParam("id") String id,
            RemedyDecision d, @Context SecurityContext sc) {
        if (d == null) {
            throw ValidationException.of("result", "缺少结果", "Result missing");
        }
        return service.decideRemedy(Actors.of(sc), number, Params.integer("id", id), d.result(), d.decidedOn(),
                d.note());
    }

    /** Uploads a file as the request body (PDF, JPEG or PNG), named by the query parameters. */
    @POST
    @Path("applications/{number}/attachments")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public ApplicationDetail attach(@PathParam("number") String number, @QueryParam("kind") String kind,
            @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType, InputStream body,
            @Context SecurityContext sc) throws IOException {
        byte[] data = body.readNBytes(DisclosureUploads.MAX + 1);
        return service.attach(Actors.of(sc), number, kind, name, DisclosureUploads.type(contentType, name), data);
    }

    @GET
    @Path("applications/{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("number") String number, @PathParam("id") String id,
            @Context SecurityContext sc) {
        AttachedFile f = service.attachment(Actors.of(sc), number, Params.integer("id", id));
        return Response.ok(f.data(), f.info().contentType())
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", f.info().fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A draft letter's edit. */
    public record LetterEdit(String title, String addressee, List<String> paragraphs) {
    }

    /** A letter composed on request. */
    public record LetterRequest(String kind, String thirdPartyName, String requestedInformation, LocalDate answerDue) {
    }

    /** Taking a catalog entry for an item. */
    public record CatalogChoice(String code, String year, String place) {
    }

    @GET
    @Path("applications/{number}/letters/{id}")
    public Letter letter(@PathParam("number") String number, @PathParam("id") String id, @Context SecurityContext sc) {
        return component().letter(Actors.of(sc), number, Params.integer("id", id));
    }

    @GET
    @Path("applications/{number}/letters/{id}/html")
    @Produces("text/html; charset=UTF-8")
    public String letterHtml(@PathParam("number") String number, @PathParam("id") String id,
            @Context SecurityContext sc) {
        return component().letterHtml(Actors.of(sc), number, Params.integer("id", id));
    }

    @GET
    @Path("applications/{number}/letters/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response letterPdf(@PathParam("number") String number, @PathParam("id") String id,
            @Context SecurityContext sc) {
        byte[] pdf = component().letterPdf(Actors.of(sc), number, Params.integer("id", id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", number + "-" + id + ".pdf"))
                .build();
    }

    @PUT
    @Path("applications/{number}/letters/{id}")
    public ApplicationDetail editLetter(@PathParam("number") String number, @PathParam("id") String id, LetterEdit e,
            @Context SecurityContext sc) {
        if (e == null) {
            throw ValidationException.of("paragraphs", "缺少文书内容", "Letter content missing");
        }
        return component().editLetter(Actors.of(sc), number, Params.integer("id", id), e.title(), e.addressee(),
                e.paragraphs());
    }

    @POST
    @Path("applications/{number}/letters")
    public ApplicationDetail composeLetter(@PathParam("number") String number, LetterRequest r,
            @Context SecurityContext sc) {
        if (r == null) {
            throw ValidationException.of("kind", "缺少文书类型", "Letter kind missing");
        }
        return component().composeLetter(Actors.of(sc), number, r.kind(), r.thirdPartyName(), r.requestedInformation(),
                r.answerDue());
    }

    @GET
    @Path("applications/{number}/case-file")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response caseFile(@PathParam("number") String number, @Context SecurityContext sc) {
        return Response.ok(component().caseFile(Actors.of(sc), number), "application/zip")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", number + "-案卷.zip")).build();
    }

    @GET
    @Path("applications/{number}/suggestions")
    public List<CatalogDesk.ItemSuggestions> suggestions(@PathParam("number") String number,
            @Context SecurityContext sc) {
        return component().suggestions(Actors.of(sc), number);
    }

    @POST
    @Path("applications/{number}/items/{seq}/catalog")
    public ApplicationDetail decideFromCatalog(@PathParam("number") String number, @PathParam("seq") String seq,
            CatalogChoice c, @Context SecurityContext sc) {
        if (c == null || c.code() == null) {
            throw ValidationException.of("code", "请选择目录事项", "Choose a catalog entry");
        }
        return component().decideFromCatalog(Actors.of(sc), number, Params.integer("seq", seq), c.code(), c.year(),
                c.place());
    }

    private DisclosureComponent component() {
        return (DisclosureComponent) service;
    }

    private static <T, R> List<R> options(T[] values, Function<T, R> f) {
        return Arrays.stream(values).map(f).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of(field, "取值无效：" + value, "Invalid value: " + value);
        }
    }
}
