package org.gongkai.disclosure.internal.report;

import static org.gongkai.disclosure.ApplicantType.COMMERCIAL_ENTERPRISE;
import static org.gongkai.disclosure.ApplicantType.LEGAL_SERVICE_ORG;
import static org.gongkai.disclosure.ApplicantType.NATURAL_PERSON;
import static org.gongkai.disclosure.ApplicantType.OTHER_ORG;
import static org.gongkai.disclosure.ApplicantType.RESEARCH_INSTITUTION;
import static org.gongkai.disclosure.ApplicantType.SOCIAL_WELFARE_ORG;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;

/**
 * 25 cases of two agencies across 2024–2026 and 10 remedy cases, with the expected tables counted by hand (see the
 * comments on each case; the expected numbers are written out in the tests).
 */
final class ReportFixture {
    static final String GKB = "LC-GKB";
    static final String ZJJ = "LC-ZJJ";
    static final ReportMapping MAPPING = new ReportMapping();

    private ReportFixture() {
    }

    private static ReportCase closed(String n, String agency, ApplicantType t, String received, String closed,
            ReportRow row) {
        return new ReportCase(n, agency, t, LocalDate.parse(received), LocalDate.parse(closed), row);
    }

    private static ReportRow decided(Decision d) {
        return MAPPING.rowOf(d, null);
    }

    private static ReportRow ended(Stage s) {
        return ReportMapping.rowOfEnd(s).orElseThrow();
    }

    static List<ReportCase> cases() {
        return List.of(
                // 2024 only: ignored in 2025.
                closed("C01", GKB, NATURAL_PERSON, "2024-03-05", "2024-03-20", decided(Decision.DISCLOSED)),
                closed("C02", GKB, COMMERCIAL_ENTERPRISE, "2024-06-10", "2024-07-01",
                        MAPPING.rowOf(Decision.WITHHELD, Ground.THIRD_PARTY)),
                // received 2024, closed 2025: 二 and 三 of 2025
                closed("C03", GKB, NATURAL_PERSON, "2024-12-10", "2025-01-08", decided(Decision.ALREADY_PUBLIC)),
                closed("C04", ZJJ, LEGAL_SERVICE_ORG, "2024-12-20", "2025-01-15",
                        decided(Decision.PARTIALLY_DISCLOSED)),
                closed("C05", GKB, NATURAL_PERSON, "2024-11-28", "2025-01-02", ended(Stage.ABANDONED)),
                // received and closed on 31 Dec 2024: all in 2024
                closed("C06", GKB, COMMERCIAL_ENTERPRISE, "2024-12-31", "2024-12-31", decided(Decision.PUBLICATION)),
                // received and closed in 2025
                closed("C07", GKB, NATURAL_PERSON, "2025-01-01", "2025-01-20", decided(Decision.DISCLOSED)),
                closed("C08", GKB, NATURAL_PERSON, "2025-02-03", "2025-02-25", decided(Decision.DISCLOSED)),
                closed("C09", ZJJ, COMMERCIAL_ENTERPRISE, "2025-03-03", "2025-03-28", decided(Decision.DISCLOSED)),
                // two items: disclosed + withheld (state secret) → 部分公开
                closed("C10", GKB, NATURAL_PERSON, "2025-03-10", "2025-04-02", ReportMapping.combine(List.of(
                        decided(Decision.DISCLOSED), MAPPING.rowOf(Decision.WITHHELD, Ground.STATE_SECRET)))),
                closed("C11", GKB, RESEARCH_INSTITUTION, "2025-04-01", "2025-04-20",
                        MAPPING.rowOf(Decision.WITHHELD, Ground.PROCESS_INFORMATION)),
                // two items: not held + petition → 无法提供 1 (more substantive than 不予处理)
                closed("C12", ZJJ, NATURAL_PERSON, "2025-04-15", "2025-05-10", ReportMapping.combine(List.of(
                        decided(Decision.PETITION), decided(Decision.NOT_HELD)))),
                closed("C13", GKB, SOCIAL_WELFARE_ORG, "2025-05-06", "2025-05-30", decided(Decision.PETITION)),
                closed("C14", GKB, NATURAL_PERSON, "2025-06-02", "2025-06-05", ended(Stage.WITHDRAWN)),
                closed("C15", GKB, OTHER_ORG, "2025-06-10", "2025-08-01", ended(Stage.LAPSED)),
                closed("C16", ZJJ, NATURAL_PERSON, "2025-07-01", "2025-08-20", ended(Stage.ABANDONED)),
                closed("C17", GKB, COMMERCIAL_ENTERPRISE, "2025-09-01", "2025-12-31",
                        decided(Decision.NEEDS_CREATION)),
                closed("C18", GKB, LEGAL_SERVICE_ORG, "2025-10-10", "2025-10-30", decided(Decision.REPEATED)),
                // received 2025, open at the end of 2025
                closed("C19", GKB, NATURAL_PERSON, "2025-12-15", "2026-01-10", decided(Decision.DISCLOSED)),
                // waiting for correction since December 2025, still open at the end of 2026
                ReportCase.open("C20", GKB, COMMERCIAL_ENTERPRISE, LocalDate.parse("2025-12-20")),
                closed("C21", ZJJ, NATURAL_PERSON, "2025-12-29", "2026-01-05",
                        MAPPING.rowOf(Decision.WITHHELD, Ground.STATE_SECRET)),
                // 2026
                closed("C22", GKB, NATURAL_PERSON, "2026-01-01", "2026-03-01", decided(Decision.EXCESSIVE)),
                closed("C23", GKB, OTHER_ORG, "2026-02-01", "2026-02-20", decided(Decision.DISCLOSED)),
                // bad data: closed before its receipt date → a problem, left out
                closed("C24", GKB, NATURAL_PERSON, "2025-05-10", "2025-05-01", decided(Decision.DISCLOSED)),
                // the same number as C08 but another agency: a different case, counted
                closed("C08", ZJJ, NATURAL_PERSON, "2025-08-08", "2025-09-01", decided(Decision.DISCLOSED)));
    }

    /** The cases of one agency. */
    static List<ReportCase> cases(String agency) {
        return cases().stream().filter(c -> c.agencyCode().equals(agency)).toList();
    }

    private static RemedyCase remedy(Kind k, Result r, String filed, String decided) {
        return new RemedyCase(k, r, LocalDate.parse(filed), decided == null ? null : LocalDate.parse(decided));
    }

    static List<RemedyCase> remedies() {
        return List.of(
                remedy(Kind.RECONSIDERATION, Result.MAINTAINED, "2024-11-01", "2025-01-10"),
                remedy(Kind.RECONSIDERATION, Result.CORRECTED, "2025-03-01", "2025-04-15"),
                remedy(Kind.RECONSIDERATION, Result.PENDING, "2025-11-20", null),
                remedy(Kind.RECONSIDERATION, Result.OTHER, "2025-12-01", "2026-01-20"),
                remedy(Kind.RECONSIDERATION, Result.MAINTAINED, "2024-02-01", "2024-03-01"),
                remedy(Kind.LITIGATION_DIRECT, Result.MAINTAINED, "2025-02-01", "2025-09-30"),
                remedy(Kind.LITIGATION_DIRECT, null, "2025-06-01", null),
                remedy(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.CORRECTED, "2025-05-01", "2025-12-31"),
                remedy(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.MAINTAINED, "2026-01-05", "2026-03-01"),
                remedy(Kind.LITIGATION_DIRECT, Result.OTHER, "2025-08-01", "2025-07-01"));
    }
}
