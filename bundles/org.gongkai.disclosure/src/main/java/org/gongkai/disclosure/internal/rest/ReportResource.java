package org.gongkai.disclosure.internal.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.internal.DisclosureComponent;
import org.gongkai.web.Actors;
import org.gongkai.web.GongkaiRest;
import org.gongkai.web.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.gongkai.disclosure.internal.ReportDesk;
import org.gongkai.disclosure.internal.report.IntegrityViolation;
import org.gongkai.disclosure.internal.report.ReportColumn;
import org.gongkai.disclosure.internal.report.ReportCsv;
import org.gongkai.disclosure.internal.report.ReportHtml;
import org.gongkai.disclosure.internal.report.ReportProblem;
import org.gongkai.disclosure.internal.report.ReportTexts;
import org.gongkai.disclosure.internal.report.ReportXlsx;
import org.gongkai.disclosure.internal.report.TableLine;

/** The annual report under /api/disclosure/report: JSON for the screen, HTML/CSV/XLSX exports, the office's texts. */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
@Path("disclosure/report")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final DisclosureComponent disclosure;

    /** One line of table 三: the label and the seven numbers (six applicant columns and 总计). */
    public record Line(String key, String labelZh, String labelEn, List<Integer> values) {
    }

    /** A violated integrity rule or a case that could not be counted. */
    public record Note(String caseNumber, String zh, String en) {
    }

    /** The report as the screen shows it. */
    public record ReportView(int year, String agencyCode, String agencyName, int cases, List<Line> lines,
            List<Integer> remedies, ReportTexts texts, List<Note> violations, List<Note> problems) {
    }

    @Activate
    public ReportResource(@Reference DisclosureService service) {
        this.disclosure = (DisclosureComponent) service;
    }

    @GET
    public ReportView report(@QueryParam("year") String year, @QueryParam("agency") String agency,
            @Context SecurityContext sc) {
        ReportDesk.Report r = build(year, agency, sc);
        List<Line> lines = new ArrayList<>();
        for (TableLine l : TableLine.all()) {
            List<Integer> values = new ArrayList<>();
            for (ReportColumn c : ReportColumn.values()) {
                values.add(r.applications().value(l, c));
            }
            lines.add(new Line(l.row() == null ? l.kind().name() : l.row().name(), l.labelZh(), l.labelEn(), values));
        }
        List<Integer> remedies = new ArrayList<>();
        for (int n : r.remedies().numbers()) {
            remedies.add(n);
        }
        List<Note> violations = r.violations().stream().map((IntegrityViolation v) -> new Note(null, v.zh(), v.en()))
                .toList();
        List<Note> problems = r.problems().stream().map((ReportProblem p) -> new Note(p.caseNumber(), p.zh(), p.en()))
                .toList();
        return new ReportView(r.year(), r.agencyCode(), r.agencyName(), r.cases(), lines, remedies, r.texts(),
                violations, problems);
    }

    @GET
    @Path("html")
    @Produces("text/html; charset=UTF-8")
    public String html(@QueryParam("year") String year, @QueryParam("agency") String agency,
            @Context SecurityContext sc) {
        ReportDesk.Report r = build(year, agency, sc);
        return ReportHtml.render(r.texts(), r.applications(), r.remedies());
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("year") String year, @QueryParam("agency") String agency,
            @Context SecurityContext sc) {
        ReportDesk.Report r = build(year, agency, sc);
        return Response.ok(ReportCsv.bytes(r.applications(), r.remedies()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", fileName(r, "csv"))).build();
    }

    @GET
    @Path("xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@QueryParam("year") String year, @QueryParam("agency") String agency,
            @Context SecurityContext sc) {
        ReportDesk.Report r = build(year, agency, sc);
        byte[] bytes = ReportXlsx.bytes(r.texts().title(), r.applications(), r.remedies());
        return Response.ok(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", DisclosureUploads.disposition("attachment", fileName(r, "xlsx"))).build();
    }

    @PUT
    @Path("texts")
    public ReportTexts saveTexts(@QueryParam("year") String year, @QueryParam("agency") String agency, ReportTexts t,
            @Context SecurityContext sc) {
        return disclosure.reports().saveTexts(Actors.of(sc), Params.integer("year", year), agency, t);
    }

    private ReportDesk.Report build(String year, String agency, SecurityContext sc) {
        int y = Params.integer("year", year, LocalDate.now(org.gongkai.platform.calendar.WorkingDayCalendar.ZONE)
                .getYear() - 1);
        return disclosure.reports().build(Actors.of(sc), y, agency);
    }

    private static String fileName(ReportDesk.Report r, String ext) {
        return r.agencyName() + r.year() + "年政府信息公开工作年度报告." + ext;
    }
}
