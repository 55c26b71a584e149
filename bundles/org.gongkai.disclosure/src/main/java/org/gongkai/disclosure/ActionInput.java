package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * What accompanies an action; every field but the comment is used by some actions only.
 *
 * @param comment the reason or remark recorded in the history (required to deem an application abandoned, to record
 *        the applicant's good reason and to return a draft)
 * @param date the day it happened: correction received, reply delivered (the posting date for postal delivery)
 * @param correctionDeadline for a correction notice, or a new one after the applicant's good reason (Art. 30)
 * @param dueDate the day the applicant should state reasons by (Art. 35 request), or the later reply date fixed
 *        under Art. 35
 * @param reportRow the annual-report row the reviewer confirms at approval (a {@code ReportRow} name); empty takes the
 *        proposal computed from the items
 * @param deliveryMethod how the reply was delivered
 * @param trackingNumber the postal tracking number, or the e-mail message reference
 */
public record ActionInput(String comment, LocalDate date, LocalDate correctionDeadline, LocalDate dueDate,
        String reportRow, ReceiveBy deliveryMethod, String trackingNumber) {

    /** The common case: a comment, a date and perhaps a correction deadline. */
    public ActionInput(String comment, LocalDate date, LocalDate correctionDeadline) {
        this(comment, date, correctionDeadline, null, null, null, null);
    }
}
