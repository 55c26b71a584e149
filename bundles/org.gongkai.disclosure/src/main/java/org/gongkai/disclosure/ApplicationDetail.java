package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole case as the case page shows it; viewing it is audited because it holds the applicant's data. */
public record ApplicationDetail(String number, String title, Channel channel, LocalDate submittedOn,
        LocalDate signedForOn, LocalDate confirmedOn, LocalDate receiptDate, Applicant applicant, String agencyCode,
        String agencyName, Stage stage, RequiredForm form, ReceiveBy receiveBy, List<Item> items, Clock clock,
        List<PauseRecord> pauses, int extensionDays, LocalDate correctionDeadline, List<Event> events,
        List<Action> actions) {

    /** The applicant, unmasked. */
    public record Applicant(ApplicantType type, String name, String idKind, String idNumber, String phone, String email,
            String address) {
    }

    /** A requested item and its decision. */
    public record Item(int seq, String description, Decision decision, Ground ground, String replyText) {
    }

    /** A consultation or fee pause. */
    public record PauseRecord(long id, String kind, LocalDate from, LocalDate to, String reason) {
    }

    /** One step of the case history. */
    public record Event(Instant at, String actor, String action, Stage fromStage, Stage toStage, String comment) {
    }
}
