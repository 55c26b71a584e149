package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * A fee notice and its payment. The platform only records it: the fee is paid to the treasury.
 *
 * @param quantity the applicant's count of applications in the month (按件) or the pages (按量)
 * @param basis how the amount was computed, in words
 */
public record Fee(FeeMethod method, int quantity, int amountYuan, String basis, LocalDate noticeOn,
        LocalDate paymentDue, LocalDate paidOn, String receiptNumber) {
}
