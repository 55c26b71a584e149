package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;

/** One row of {@code gd_application}; the workflow changes only its progress fields, through the withers below. */
record AppRow(long id, String number, Channel channel, LocalDate submittedOn, LocalDate signedForOn,
        LocalDate confirmedOn, LocalDate receiptDate, ApplicantType applicantType, String applicantName, String idKind,
        String idNumberEnc, String idNumberMasked, String phone, String email, String address, String title,
        RequiredForm form, ReceiveBy receiveBy, String agencyCode, Stage stage, LocalDate correctionRequestedOn,
        LocalDate correctionDeadline, LocalDate correctedOn, int extensionDays, LocalDate deliveredOn,
        LocalDate replyDue) {

    /** A copy with new progress fields; everything the applicant gave stays as it is. */
    AppRow progress(Stage newStage, LocalDate newCorrectionRequestedOn, LocalDate newCorrectionDeadline,
            LocalDate newCorrectedOn, int newExtensionDays, LocalDate newDeliveredOn, LocalDate newReplyDue) {
        return new AppRow(id, number, channel, submittedOn, signedForOn, confirmedOn, receiptDate, applicantType,
                applicantName, idKind, idNumberEnc, idNumberMasked, phone, email, address, title, form, receiveBy,
                agencyCode, newStage, newCorrectionRequestedOn, newCorrectionDeadline, newCorrectedOn, newExtensionDays,
                newDeliveredOn, newReplyDue);
    }

    AppRow withStage(Stage s) {
        return progress(s, correctionRequestedOn, correctionDeadline, correctedOn, extensionDays, deliveredOn, replyDue);
    }

    AppRow withCorrectionRequested(LocalDate on, LocalDate deadline) {
        return progress(stage, on, deadline, null, extensionDays, deliveredOn, replyDue);
    }

    AppRow withCorrected(LocalDate on) {
        return progress(stage, correctionRequestedOn, correctionDeadline, on, extensionDays, deliveredOn, replyDue);
    }

    AppRow withExtension(int days) {
        return progress(stage, correctionRequestedOn, correctionDeadline, correctedOn, days, deliveredOn, replyDue);
    }

    AppRow withDelivered(LocalDate on) {
        return progress(stage, correctionRequestedOn, correctionDeadline, correctedOn, extensionDays, on, replyDue);
    }

    AppRow withReplyDue(LocalDate due) {
        return progress(stage, correctionRequestedOn, correctionDeadline, correctedOn, extensionDays, deliveredOn, due);
    }
}
