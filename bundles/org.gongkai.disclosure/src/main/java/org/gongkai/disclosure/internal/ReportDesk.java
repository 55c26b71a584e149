package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Remedy;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.report.ApplicationsTable;
import org.gongkai.disclosure.internal.report.IntegrityCheck;
import org.gongkai.disclosure.internal.report.IntegrityViolation;
import org.gongkai.disclosure.internal.report.RemedyCase;
import org.gongkai.disclosure.internal.report.RemedyTable;
import org.gongkai.disclosure.internal.report.ReportCase;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.disclosure.internal.report.ReportProblem;
import org.gongkai.disclosure.internal.report.ReportRow;
import org.gongkai.disclosure.internal.report.ReportTexts;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The annual report (Art. 49–50, national format of 2021) from the case history: an agency's report counts its own
 * cases; the county-wide report sums all agencies the actor may see. Cases are placed by their Art. 31 receipt date
 * and the day they closed; the row is the one confirmed at approval (or, for cases closed before rows were stored,
 * the proposal from their items). Sections 一, 五 and 六 are text the office writes and saves here.
 */
public final class ReportDesk {
    /** The agency code under which the county-wide report's texts are kept. */
    public static final String COUNTY = "*";

    private final Jdbc jdbc;
    private final Transactions tx;
    private final AuditTrail audit;
    private final RegionService regions;
    private final ReportMapping mapping;
    private final ApplicationStore store;
    private final CaseRecordStore records;

    ReportDesk(Jdbc jdbc, Transactions tx, AuditTrail audit, RegionService regions, ReportMapping mapping,
            ApplicationStore store, CaseRecordStore records) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.mapping = mapping;
        this.store = store;
        this.records = records;
    }

    /** A computed report with its texts and the result of the integrity rules. */
    public record Report(int year, String agencyCode, String agencyName, ApplicationsTable applications,
            RemedyTable remedies, ReportTexts texts, List<IntegrityViolation> violations, List<ReportProblem> problems,
            int cases) {
    }

    public Report build(Actor actor, int year, String agency) {
        if (year < 2008 || year > 2100) {
            throw ValidationException.of("year", "年份无效", "Invalid year");
        }
        Set<String> scope = scope(actor, agency);
        String name = agency == null || agency.isBlank() || COUNTY.equals(agency) ? countyName()
                : regions.agency(agency).map(Agency::name).orElse(agency);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ReportCase> cases = cases(first, last, scope);
        ApplicationsTable table = ApplicationsTable.compute(year, cases);
        List<RemedyCase> remedyCases = records.remediesFiledBy(last, scope).stream().map(ReportDesk::remedyCase)
                .toList();
        RemedyTable remedies = RemedyTable.compute(year, remedyCases);
        List<IntegrityViolation> violations = new ArrayList<>(IntegrityCheck.check(table));
        violations.addAll(IntegrityCheck.check(remedies));
        List<ReportProblem> problems = new ArrayList<>(table.problems());
        problems.addAll(remedies.problems());
        String key = scope == null ? COUNTY : agency;
        return new Report(year, key, name, table, remedies, texts(year, key, name), violations, problems, cases.size());
    }

    /** Saves the office's texts of sections 一, 五 and 六 (and the optional note under 二). */
    public ReportTexts saveTexts(Actor actor, int year, String agency, ReportTexts t) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.REVIEWER);
        Set<String> scope = scope(actor, agency);
        String key = scope == null ? COUNTY : agency;
        if (t == null) {
            throw ValidationException.of("overview", "缺少内容", "Nothing to save");
        }
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        sections.put("title", t.title());
        sections.put("s1", t.overview());
        sections.put("s2", t.proactiveDisclosure());
        sections.put("s5", t.problemsAndImprovements());
        sections.put("s6", t.otherMatters());
        for (Map.Entry<String, String> e : sections.entrySet()) {
            if (e.getValue() != null && e.getValue().length() > 20_000) {
                throw ValidationException.of(e.getKey(), "每部分不能超过 20000 个字符", "At most 20000 characters per section");
            }
        }
        tx.required(() -> {
            jdbc.update("DELETE FROM gd_report_text WHERE year_no = ? AND agency_code = ?", year, key);
            for (Map.Entry<String, String> e : sections.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    jdbc.update("INSERT INTO gd_report_text (year_no, agency_code, section, body) VALUES (?,?,?,?)",
                            year, key, e.getKey(), e.getValue().strip());
                }
            }
            audit.append(actor, "DISCLOSURE_REPORT_TEXT", "disclosure.report", year + "/" + key, "texts saved");
        });
        return texts(year, key, null);
    }

    /** Null for all agencies (county-wide: office head, administrator, auditor), else the one agency. */
    private Set<String> scope(Actor actor, String agency) {
        if (agency == null || agency.isBlank() || COUNTY.equals(agency)) {
            if (!actor.hasAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.AUDITOR)
                    || regions.visibleAgencies(actor).isPresent()) {
                throw new AccessDeniedException(Message.of("全县汇总报告仅限政务公开办负责人、管理员和审计员",
                        "The county-wide report is for the office head, administrators and auditors"));
            }
            return null;
        }
        Agency a = regions.agency(agency).orElseThrow(() -> new NotFoundException("机关 agency", agency));
        if (!regions.canSee(actor, a.code())) {
            throw new NotFoundException("机关 agency", agency);
        }
        return Set.of(a.code());
    }

    private List<ReportCase> cases(LocalDate first, LocalDate last, Set<String> scope) {
        StringBuilder sql = new StringBuilder("SELECT id, number, agency_code, applicant_type, receipt_date, closed_on,"
                + " report_row, stage FROM gd_application WHERE receipt_date <= ? AND (closed_on IS NULL OR closed_on >= ?)");
        List<Object> params = new ArrayList<>(List.of(last, first));
        if (scope != null) {
            sql.append(" AND agency_code IN (").append("?,".repeat(scope.size() - 1)).append("?)");
            params.addAll(new TreeSet<>(scope));
        }
        return jdbc.query(sql.toString(), rs -> {
            LocalDate closed = Jdbc.localDate(rs, "closed_on");
            String row = rs.getString("report_row");
            Stage stage = Stage.valueOf(rs.getString("stage"));
            ReportRow r = row != null ? ReportRow.valueOf(row) : closed == null ? null : legacyRow(rs.getLong("id"), stage);
            return new ReportCase(rs.getString("number"), rs.getString("agency_code"),
                    ApplicantType.valueOf(rs.getString("applicant_type")), Jdbc.localDate(rs, "receipt_date"), closed, r);
        }, params.toArray());
    }

    private ReportRow legacyRow(long id, Stage stage) {
        Optional<ReportRow> end = ReportMapping.rowOfEnd(stage);
        if (end.isPresent()) {
            return end.get();
        }
        List<ApplicationDetail.Item> items = store.items(id);
        if (items.isEmpty() || items.stream().anyMatch(i -> i.decision() == null)) {
            return ReportRow.OTHER;
        }
        return ReportMapping.combine(items.stream().map(i -> mapping.rowOf(i.decision(), i.ground())).toList());
    }

    private ReportTexts texts(int year, String key, String name) {
        Map<String, String> m = new java.util.HashMap<>();
        jdbc.query("SELECT section, body FROM gd_report_text WHERE year_no = ? AND agency_code = ?",
                rs -> m.put(rs.getString(1), rs.getString(2)), year, key);
        String title = m.getOrDefault("title", name == null ? null : name + year + "年政府信息公开工作年度报告");
        return new ReportTexts(title, m.get("s1"), m.get("s2"), m.get("s5"), m.get("s6"));
    }

    private String countyName() {
        return regions.agencies().stream().filter(a -> a.kind() == org.gongkai.platform.region.AgencyKind.GOVERNMENT)
                .map(Agency::name).findFirst().orElse("全县");
    }

    private static RemedyCase remedyCase(Remedy r) {
        return new RemedyCase(RemedyCase.Kind.valueOf(r.kind().name()), RemedyCase.Result.valueOf(r.result().name()),
                r.filedOn(), r.decidedOn());
    }
}
