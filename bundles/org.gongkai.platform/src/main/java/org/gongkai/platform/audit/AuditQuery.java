package org.gongkai.platform.audit;

/**
 * Filter for {@link AuditTrail#query}; null fields match everything.
 *
 * @param beforeSeq page backwards: only entries with a smaller sequence number
 * @param limit at most this many entries (1–500)
 */
public record AuditQuery(String objectType, String objectId, String actor, String action, Long beforeSeq, int limit) {
    public static AuditQuery forObject(String objectType, String objectId) {
        return new AuditQuery(objectType, objectId, null, null, null, 100);
    }
}
