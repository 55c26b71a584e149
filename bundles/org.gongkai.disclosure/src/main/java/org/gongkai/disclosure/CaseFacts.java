package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the delegation board and report need of one case, without the applicant's data.
 *
 * @param handlingAgencyCode the zone handling the case on the government's behalf, or null
 * @param delegatedAt when it was delegated, or null
 * @param closedOn the day the case closed (reply approved, withdrawn, abandoned, lapsed), or null while open
 * @param reportRow the annual-report row the case counts under, or null while open
 * @param overdue whether the reply date passed before the case closed (or is past today for an open case)
 * @param catalogCodes the catalog entries the items were decided from (for "cases of the same kind")
 */
public record CaseFacts(String number, String title, String agencyCode, String handlingAgencyCode,
        Instant delegatedAt, Stage stage, LocalDate receiptDate, LocalDate replyDue, LocalDate closedOn,
        String reportRow, boolean overdue, List<String> catalogCodes) {
}
