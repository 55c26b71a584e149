package org.gongkai.platform.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param valid true when every entry's hash matches and the chain reaches the recorded head
 * @param entries how many entries were checked
 * @param firstBrokenSeq the sequence number of the first entry that does not fit, or null
 * @param problem what is wrong, in English, or null
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSeq, String problem) {
}
