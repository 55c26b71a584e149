package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * How and when the reply reached the applicant.
 *
 * @param datedOn the posting date for postal delivery, the day the reply was made available online, the sending day
 *        for e-mail, the hand-over day in person
 */
public record Delivery(ReceiveBy method, LocalDate datedOn, String trackingNumber, String note) {
}
