package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as the registrar (or the portal) enters it: the Art. 29 contents and the Art. 31 receipt facts.
 *
 * @param requestKey a key chosen by the client for this form; sending the same key twice creates one application
 */
public record NewApplication(String requestKey, Channel channel, LocalDate submittedOn, LocalDate signedForOn,
        LocalDate confirmedOn, ApplicantType applicantType, String applicantName, String idKind, String idNumber,
        String phone, String email, String address, String title, List<NewItem> items, RequiredForm form,
        ReceiveBy receiveBy, String agencyCode) {

    /** One requested item. */
    public record NewItem(String description) {
    }
}
