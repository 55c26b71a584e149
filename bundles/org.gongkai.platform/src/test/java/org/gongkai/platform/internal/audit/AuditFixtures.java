package org.gongkai.platform.internal.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;

/** A real audit trail (SHA-256) on a test database, for the tests of other packages. */
public final class AuditFixtures {
    private AuditFixtures() {
    }

    public static AuditTrail trail(DataSource ds, Clock clock) {
        return new AuditTrailImpl(new AuditStore(TestDb.jdbc(ds), clock), TestDb.TX, AuditHasher.SHA256);
    }
}
