package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;

/** One row of {@code gd_application}. */
record AppRow(long id, String number, Channel channel, LocalDate submittedOn, LocalDate signedForOn,
        LocalDate confirmedOn, LocalDate receiptDate, ApplicantType applicantType, String applicantName, String idKind,
        String idNumberEnc, String idNumberMasked, String phone, String email, String address, String title,
        RequiredForm form, ReceiveBy receiveBy, String agencyCode, Stage stage, LocalDate correctionRequestedOn,
        LocalDate correctionDeadline, LocalDate correctedOn, int extensionDays, LocalDate deliveredOn,
        LocalDate replyDue) {
}
