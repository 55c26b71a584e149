package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;

/**
 * What a 第三方意见征询函 needs beyond the case (Art. 32).
 *
 * @param thirdPartyName the third party addressed, e.g. 某某建材有限公司
 * @param requestedInformation the information concerned; when blank, the case's item descriptions are listed
 * @param answerDue the last day to answer (15 working days from receiving the letter)
 */
public record ConsultationFacts(String thirdPartyName, String requestedInformation, LocalDate answerDue) {
}
