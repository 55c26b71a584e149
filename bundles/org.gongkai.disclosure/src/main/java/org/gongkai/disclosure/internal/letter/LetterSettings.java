package org.gongkai.disclosure.internal.letter;

/**
 * The per-agency configuration the letters need.
 *
 * @param agencyName the signing agency; when blank, the case's agency name is used
 * @param reconsiderationOrgan the organ that hears 行政复议 against this agency, e.g. 灵山县人民政府
 * @param court the court of first instance for 行政诉讼, e.g. 灵山县人民法院
 * @param docNumberPrefix the 机关代字 of the 文号, e.g. 灵政公开 (see {@link #docNumber(int, int)})
 * @param refusalReconsiderationFirst whether refusals carry the 复议前置 remedy wording (revised 行政复议法 Art. 23)
 * @param principal for a development zone answering on the government's behalf (委托办理), the government as the
 *        reply names it (受{principal}委托); null for an agency answering for itself
 */
public record LetterSettings(String agencyName, String reconsiderationOrgan, String court, String docNumberPrefix,
        boolean refusalReconsiderationFirst, String principal) {

    /** The settings of an agency answering for itself. */
    public LetterSettings(String agencyName, String reconsiderationOrgan, String court, String docNumberPrefix,
            boolean refusalReconsiderationFirst) {
        this(agencyName, reconsiderationOrgan, court, docNumberPrefix, refusalReconsiderationFirst, null);
    }

    /**
     * These settings (a zone's) for answering on a principal's behalf: the act is the principal's, so the remedy
     * paragraph names the organ reviewing the principal's acts.
     */
    public LetterSettings onBehalfOf(String principalName, String principalReconsiderationOrgan) {
        return new LetterSettings(agencyName, principalReconsiderationOrgan, court, docNumberPrefix,
                refusalReconsiderationFirst, principalName);
    }

    /** The 文号 for a year and a sequence number, e.g. 灵政公开〔2026〕第12号. */
    public String docNumber(int year, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return (docNumberPrefix == null ? "" : docNumberPrefix.strip()) + "〔" + year + "〕第" + sequence + "号";
    }
}
