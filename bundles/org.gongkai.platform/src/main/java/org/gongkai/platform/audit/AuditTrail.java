package org.gongkai.platform.audit;

import java.util.List;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit trail every capability writes to: each state change and each full view of personal data.
 * Every entry carries the hash of the previous one, so a changed or deleted row breaks the chain and
 * {@link #verify()} finds it. Append inside the caller's transaction: the entry commits with the change it records.
 */
@ProviderType
public interface AuditTrail {

    /** Appends an entry; {@code details} is a short text or JSON (at most 4,000 characters, longer is cut). */
    AuditEntry append(Actor actor, String action, String objectType, String objectId, String details);

    /** Entries matching the query, newest first. Only admins and auditors may query the whole trail. */
    List<AuditEntry> query(Actor actor, AuditQuery query);

    /** Recomputes the whole chain and reports the first broken link, if any. */
    AuditVerification verify();
}
