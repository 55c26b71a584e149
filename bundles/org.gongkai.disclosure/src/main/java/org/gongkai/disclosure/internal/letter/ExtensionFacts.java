package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;

/**
 * What a 延期答复告知书 needs beyond the case (Art. 33 para 2).
 *
 * @param extensionDays working days of extension, 1 to 20
 * @param newReplyDue the new last day for the reply
 * @param reason why the reply cannot be given in time, e.g. 所申请信息涉及多个部门，需要协调核实
 */
public record ExtensionFacts(int extensionDays, LocalDate newReplyDue, String reason) {
    /** The longest extension Art. 33 para 2 allows. */
    public static final int MAX_EXTENSION_DAYS = 20;
}
