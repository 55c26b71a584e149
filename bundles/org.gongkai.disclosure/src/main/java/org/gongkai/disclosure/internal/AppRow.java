package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;

/**
 * One row of {@code gd_application}: what the applicant gave ({@link Intake}, never changed by the workflow) and the
 * progress of the case ({@link Flow}, changed through the withers below).
 */
record AppRow(long id, String number, Intake in, Flow flow, Handling handling) {

    /** A row its own agency handles. */
    AppRow(long id, String number, Intake in, Flow flow) {
        this(id, number, in, flow, Handling.NONE);
    }

    /**
     * Who handles the case when the government delegated it to a development zone (all null when not delegated).
     * Changed only by delegation and recall, never by the workflow, and not part of the clock.
     */
    record Handling(String agencyCode, java.time.Instant delegatedAt, String principal, String reconsiderationOrgan) {
        static final Handling NONE = new Handling(null, null, null, null);

        boolean delegated() {
            return agencyCode != null;
        }
    }

    /** The application as received. */
    record Intake(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn,
            LocalDate receiptDate, ApplicantType applicantType, String applicantName, String idKind, String idNumberEnc,
            String idNumberMasked, String applicantKey, String phone, String email, String address, String title,
            RequiredForm form, ReceiveBy receiveBy, String agencyCode, String source) {
    }

    /** Where the case stands. */
    record Flow(Stage stage, LocalDate correctionRequestedOn, LocalDate correctionDeadline, LocalDate correctedOn,
            int extensionDays, LocalDate deliveredOn, LocalDate replyDue, LocalDate closedOn, String reportRow,
            LocalDate correctionFlaggedOn, LocalDate reasonsRequestedOn, LocalDate reasonsDue, LocalDate laterReplyDue) {

        static Flow start(Stage stage) {
            return new Flow(stage, null, null, null, 0, null, null, null, null, null, null, null, null);
        }
    }

    // ---- reading shortcuts, so callers need not know the split ------------------------------------------------

    Channel channel() {
        return in.channel();
    }

    LocalDate receiptDate() {
        return in.receiptDate();
    }

    ApplicantType applicantType() {
        return in.applicantType();
    }

    String applicantName() {
        return in.applicantName();
    }

    String title() {
        return in.title();
    }

    String agencyCode() {
        return in.agencyCode();
    }

    ReceiveBy receiveBy() {
        return in.receiveBy();
    }

    Stage stage() {
        return flow.stage();
    }

    LocalDate correctionRequestedOn() {
        return flow.correctionRequestedOn();
    }

    LocalDate correctionDeadline() {
        return flow.correctionDeadline();
    }

    LocalDate correctedOn() {
        return flow.correctedOn();
    }

    int extensionDays() {
        return flow.extensionDays();
    }

    LocalDate replyDue() {
        return flow.replyDue();
    }

    // ---- withers -------------------------------------------------------------------------------------------

    private AppRow with(Flow f) {
        return new AppRow(id, number, in, f, handling);
    }

    AppRow withHandling(Handling h) {
        return new AppRow(id, number, in, flow, h == null ? Handling.NONE : h);
    }

    String handlingAgency() {
        return handling.agencyCode();
    }

    AppRow withStage(Stage s) {
        Flow f = flow;
        return with(new Flow(s, f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(), f.extensionDays(),
                f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withCorrectionRequested(LocalDate on, LocalDate deadline) {
        Flow f = flow;
        return with(new Flow(f.stage(), on, deadline, null, f.extensionDays(), f.deliveredOn(), f.replyDue(),
                f.closedOn(), f.reportRow(), null, f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    /** A new correction period after the applicant showed good reason; the lapse flag is cleared. */
    AppRow withCorrectionDeadline(LocalDate deadline) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), deadline, f.correctedOn(), f.extensionDays(),
                f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), null, f.reasonsRequestedOn(),
                f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withCorrected(LocalDate on) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), on, f.extensionDays(),
                f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withExtension(int days) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(), days,
                f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withDelivered(LocalDate on) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(),
                f.extensionDays(), on, f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withReplyDue(LocalDate due) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(),
                f.extensionDays(), f.deliveredOn(), due, f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    /** Closed on a day under an annual-report row (reply made, withdrawn, abandoned, lapsed). */
    AppRow withClosed(LocalDate on, String row) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(),
                f.extensionDays(), f.deliveredOn(), f.replyDue(), on, row, f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue()));
    }

    AppRow withReasonsRequested(LocalDate on, LocalDate due) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(),
                f.extensionDays(), f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                on, due, f.laterReplyDue()));
    }

    AppRow withLaterReplyDue(LocalDate later) {
        Flow f = flow;
        return with(new Flow(f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(),
                f.extensionDays(), f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), later));
    }
}
