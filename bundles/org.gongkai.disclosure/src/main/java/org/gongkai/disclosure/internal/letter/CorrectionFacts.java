package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;

/**
 * What a 补正告知书 needs beyond the case (Art. 30).
 *
 * @param whatToCorrect staff's text: what is unclear or missing, told in one go
 * @param deadline the last day of the correction period set by the agency
 */
public record CorrectionFacts(String whatToCorrect, LocalDate deadline) {
}
