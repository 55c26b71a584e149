package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.calendar.Pause;

/**
 * The facts of a case that its statutory clocks depend on.
 *
 * @param receiptDate the Art. 31 date of receipt
 * @param correctionRequestedOn the day the Art. 30 correction notice was issued, or null
 * @param correctedOn the day the corrected application was received (restarts the reply clock), or null
 * @param pauses consultation of third parties or other agencies (Art. 32, 34) and fee notices, not counted
 * @param extensionDays working days of an Art. 33 extension approved by the office head (0–20)
 * @param laterReplyDue a later reply date fixed under Art. 35 and notified to the applicant, or null
 */
public record ClockInput(Channel channel, LocalDate receiptDate, LocalDate correctionRequestedOn, LocalDate correctedOn,
        List<Pause> pauses, int extensionDays, LocalDate laterReplyDue) {

    /** Without an Art. 35 later date. */
    public ClockInput(Channel channel, LocalDate receiptDate, LocalDate correctionRequestedOn, LocalDate correctedOn,
            List<Pause> pauses, int extensionDays) {
        this(channel, receiptDate, correctionRequestedOn, correctedOn, pauses, extensionDays, null);
    }
}
