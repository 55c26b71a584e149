package org.gongkai.disclosure.internal.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter as staff see and may edit it before approval, and as both renderers print it: the composed text, not the
 * case. {@code templateVersion} names the template set that composed it, so an issued letter can be regenerated.
 *
 * @param kind what the letter is
 * @param templateVersion the template set, e.g. {@code v1}
 * @param docNumber the 文号, e.g. 灵政公开〔2026〕第12号; empty while not yet numbered
 * @param title the title, e.g. 政府信息公开申请答复告知书
 * @param addressee the salutation line including its colon, e.g. 魏某某：
 * @param paragraphs the body, one entry per paragraph; a line break inside a paragraph is kept as a line break
 * @param agencyName the signing agency (落款)
 * @param date the date of the letter (成文日期)
 */
public record Letter(LetterKind kind, String templateVersion, String docNumber, String title, String addressee,
        List<String> paragraphs, String agencyName, LocalDate date) {

    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(date, "date");
        docNumber = docNumber == null ? "" : docNumber;
        addressee = addressee == null ? "" : addressee;
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }
}
