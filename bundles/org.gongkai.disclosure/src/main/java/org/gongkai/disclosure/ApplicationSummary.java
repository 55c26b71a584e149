package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * A row of the case list; the applicant's name is masked. A case a development zone handles on the government's
 * behalf (委托办理) names the zone in {@code handlingAgencyCode}/{@code handlingAgencyName}; the case itself stays the
 * government's ({@code agencyCode}).
 */
public record ApplicationSummary(String number, String title, Channel channel, ApplicantType applicantType,
        String applicantName, String agencyCode, String agencyName, Stage stage, LocalDate receiptDate,
        LocalDate replyDue, Integer remainingWorkingDays, Clock.Level level, String handlingAgencyCode,
        String handlingAgencyName) {

    /** A row of a case its own agency handles. */
    public ApplicationSummary(String number, String title, Channel channel, ApplicantType applicantType,
            String applicantName, String agencyCode, String agencyName, Stage stage, LocalDate receiptDate,
            LocalDate replyDue, Integer remainingWorkingDays, Clock.Level level) {
        this(number, title, channel, applicantType, applicantName, agencyCode, agencyName, stage, receiptDate, replyDue,
                remainingWorkingDays, level, null, null);
    }

    /** True when a development zone handles the case on the government's behalf. */
    public boolean delegated() {
        return handlingAgencyCode != null;
    }
}
