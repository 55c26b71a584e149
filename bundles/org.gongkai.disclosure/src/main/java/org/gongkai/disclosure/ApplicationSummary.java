package org.gongkai.disclosure;

import java.time.LocalDate;

/** A row of the case list; the applicant's name is masked. */
public record ApplicationSummary(String number, String title, Channel channel, ApplicantType applicantType,
        String applicantName, String agencyCode, String agencyName, Stage stage, LocalDate receiptDate,
        LocalDate replyDue, Integer remainingWorkingDays, Clock.Level level) {
}
