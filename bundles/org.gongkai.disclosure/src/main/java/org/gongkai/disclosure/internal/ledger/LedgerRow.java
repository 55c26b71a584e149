package org.gongkai.disclosure.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;

/**
 * One valid case of a county's ledger, every field parsed and cross-checked.
 *
 * @param line        the line of the file (1-based, the header row is line 1), for messages after import
 * @param number      the application number 申请编号 as given (YS + date + sequence), or null when the ledger has none
 * @param receiptDate the Art. 31 date of receipt 收到日期
 * @param items       the requested items with their decisions, in ledger order; never empty
 * @param outcome     how the case stands
 * @param replyDate   the reply date for {@link LedgerOutcome#replied()} cases, otherwise null
 * @param deliveredOn the delivery date (required for {@link LedgerOutcome#DELIVERED}), otherwise null
 * @param endDate     the date the case ended: the reply date for replied cases, the 答复日期 column for withdrawn,
 *                    abandoned and lapsed ones; null for open cases
 */
public record LedgerRow(int line, String number, LocalDate receiptDate, Channel channel, ApplicantType applicantType,
        String applicantName, String agencyCode, List<LedgerItem> items, LedgerOutcome outcome, LocalDate replyDate,
        LocalDate deliveredOn, LocalDate endDate) {

    public LedgerRow {
        items = List.copyOf(items);
    }
}
