package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole case as the case page shows it; viewing it is audited because it holds the applicant's data. */
public record ApplicationDetail(String number, String title, Channel channel, LocalDate submittedOn,
        LocalDate signedForOn, LocalDate confirmedOn, LocalDate receiptDate, Applicant applicant, String agencyCode,
        String agencyName, Stage stage, RequiredForm form, ReceiveBy receiveBy, List<Item> items, Clock clock,
        List<PauseRecord> pauses, int extensionDays, LocalDate correctionDeadline, List<Event> events,
        List<Action> actions, Progress progress, Fee fee, Delivery delivery, List<Remedy> remedies,
        List<LetterInfo> letters, List<AttachmentInfo> attachments, Delegation delegation) {

    /** A case its own agency handles (no delegation). */
    public ApplicationDetail(String number, String title, Channel channel, LocalDate submittedOn,
            LocalDate signedForOn, LocalDate confirmedOn, LocalDate receiptDate, Applicant applicant, String agencyCode,
            String agencyName, Stage stage, RequiredForm form, ReceiveBy receiveBy, List<Item> items, Clock clock,
            List<PauseRecord> pauses, int extensionDays, LocalDate correctionDeadline, List<Event> events,
            List<Action> actions, Progress progress, Fee fee, Delivery delivery, List<Remedy> remedies,
            List<LetterInfo> letters, List<AttachmentInfo> attachments) {
        this(number, title, channel, submittedOn, signedForOn, confirmedOn, receiptDate, applicant, agencyCode,
                agencyName, stage, form, receiveBy, items, clock, pauses, extensionDays, correctionDeadline, events,
                actions, progress, fee, delivery, remedies, letters, attachments, null);
    }

    /** The zone handling the case on the government's behalf, or null. */
    public String handlingAgencyCode() {
        return delegation == null ? null : delegation.handlingAgencyCode();
    }

    /** The name of the zone handling the case on the government's behalf, or null. */
    public String handlingAgencyName() {
        return delegation == null ? null : delegation.handlingAgencyName();
    }

    /**
     * A case the government delegated to a development-zone committee (委托办理): the zone handles and answers it on
     * the government's behalf, the government stays responsible, the statutory clock is the government's.
     *
     * @param principal who delegated, as the reply letter names it (受{principal}委托), e.g. 县政府
     * @param reconsiderationOrgan the organ reviewing the government's acts, named in the reply's remedy paragraph
     */
    public record Delegation(String handlingAgencyCode, String handlingAgencyName, Instant delegatedAt,
            String principal, String reconsiderationOrgan) {
    }

    /** A case without the records kept around it (fee, delivery, remedies, letters, attachments). */
    public ApplicationDetail(String number, String title, Channel channel, LocalDate submittedOn,
            LocalDate signedForOn, LocalDate confirmedOn, LocalDate receiptDate, Applicant applicant, String agencyCode,
            String agencyName, Stage stage, RequiredForm form, ReceiveBy receiveBy, List<Item> items, Clock clock,
            List<PauseRecord> pauses, int extensionDays, LocalDate correctionDeadline, List<Event> events,
            List<Action> actions) {
        this(number, title, channel, submittedOn, signedForOn, confirmedOn, receiptDate, applicant, agencyCode,
                agencyName, stage, form, receiveBy, items, clock, pauses, extensionDays, correctionDeadline, events,
                actions, null, null, null, List.of(), List.of(), List.of(), null);
    }

    /**
     * Facts of the case beyond the stage: when it closed and under which annual-report row, the Art. 30 lapse flag,
     * an Art. 35 request for reasons and a later reply date fixed under it.
     */
    public record Progress(LocalDate closedOn, String reportRow, String reportRowZh, String proposedReportRow,
            LocalDate correctionLapsedOn, LocalDate reasonsRequestedOn, LocalDate reasonsDue, LocalDate laterReplyDue,
            String source) {
    }

    /** A letter of the case: a draft staff can still edit, or issued. */
    public record LetterInfo(long id, String kind, String kindZh, String status, String docNumber, LocalDate issuedOn,
            Instant createdAt, String createdBy) {
    }

    /** A file attached to the case. */
    public record AttachmentInfo(long id, String kind, String fileName, String contentType, int size, String sha256,
            Instant createdAt) {
    }

    /** The applicant, unmasked. */
    public record Applicant(ApplicantType type, String name, String idKind, String idNumber, String phone, String email,
            String address) {
    }

    /** A requested item and its decision. */
    public record Item(int seq, String description, Decision decision, Ground ground, String replyText,
            String catalogCode) {

        /** An item not decided from the catalog. */
        public Item(int seq, String description, Decision decision, Ground ground, String replyText) {
            this(seq, description, decision, ground, replyText, null);
        }
    }

    /** A consultation or fee pause. */
    public record PauseRecord(long id, String kind, LocalDate from, LocalDate to, String reason) {
    }

    /** One step of the case history. */
    public record Event(Instant at, String actor, String action, Stage fromStage, Stage toStage, String comment) {
    }
}
