package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;

/**
 * What a 说明理由通知 needs beyond the case (Art. 35).
 *
 * @param observation staff's text on the quantity or frequency, e.g. 您自2026年1月以来共提出申请56件; may be blank
 * @param due the last day to state the reasons
 */
public record ReasonsFacts(String observation, LocalDate due) {
}
