package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * What the registrar records about how an application arrived; which fields are needed depends on the channel.
 *
 * @param submittedOn the day it was handed in, made orally, submitted online, faxed or e-mailed
 * @param signedForOn registered post: the day the agency signed for it
 * @param confirmedOn ordinary post, fax, online (when not confirmed automatically): the day both sides confirmed
 */
public record ReceiptFacts(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn) {
}
