package org.gongkai.platform.audit;

import java.time.Instant;

/** One audit record with its place in the hash chain. */
public record AuditEntry(long seq, Instant time, String actor, String action, String objectType, String objectId,
        String details, String algorithm, String previousHash, String hash) {
}
