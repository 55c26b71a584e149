package org.gongkai.disclosure.internal.report;

import java.time.LocalDate;
import org.gongkai.disclosure.ApplicantType;

/**
 * One application as the annual report sees it. {@code receiptDate} is the Art. 31 date of receipt; {@code closedOn}
 * is the day the case ended (reply made, or withdrawn / deemed abandoned / lapsed) and is null while the case is open
 * — a case waiting for correction is open; {@code row} is the reviewed row the case is counted in, null while open.
 * The record does not reject inconsistent data: {@link ApplicationsTable#compute} reports such cases as problems.
 */
public record ReportCase(String number, String agencyCode, ApplicantType applicantType, LocalDate receiptDate,
        LocalDate closedOn, ReportRow row) {

    /** An open case (no end date, no row yet). */
    public static ReportCase open(String number, String agencyCode, ApplicantType type, LocalDate receiptDate) {
        return new ReportCase(number, agencyCode, type, receiptDate, null, null);
    }
}
