package org.gongkai.platform.internal.audit;

import java.util.List;
import javax.sql.DataSource;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The audit trail service; the hash algorithm of new entries is configurable, old entries keep theirs. */
@Component(service = AuditTrail.class, configurationPid = "org.gongkai.audit")
@Designate(ocd = AuditTrailImpl.Config.class)
public class AuditTrailImpl implements AuditTrail {

    @ObjectClassDefinition(name = "Gongkai audit trail", description = "The append-only, hash-chained audit trail")
    public @interface Config {
        @AttributeDefinition(name = "Hash algorithm", description = "Digest of new entries: SHA-256, or SM3 for "
                + "counties that must pass the commercial-cryptography review (密评). Existing entries keep theirs.",
                options = {@Option(value = "SHA-256"), @Option(value = "SM3")})
        String algorithm() default "SHA-256";
    }

    private final AuditStore store;
    private final Transactions tx;
    private volatile String algorithm;

    @Activate
    public AuditTrailImpl(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady schema,
            @Reference Transactions tx, @Reference PlatformClock clock, Config config) {
        this(new AuditStore(new Jdbc(dataSource), clock.clock()), tx, config.algorithm());
    }

    AuditTrailImpl(AuditStore store, Transactions tx, String algorithm) {
        this.store = store;
        this.tx = tx;
        setAlgorithm(algorithm);
    }

    @Modified
    void modified(Config config) {
        setAlgorithm(config.algorithm());
    }

    private void setAlgorithm(String configured) {
        if (!AuditHasher.supported(configured)) {
            throw new IllegalArgumentException("unsupported audit hash algorithm " + configured);
        }
        this.algorithm = configured;
    }

    @Override
    public AuditEntry append(Actor actor, String action, String objectType, String objectId, String details) {
        if (action == null || objectType == null || objectId == null) {
            throw new IllegalArgumentException("an audit entry needs an action, an object type and an object id");
        }
        return tx.required(() -> store.append(algorithm, actor.username(), action, objectType, objectId, details));
    }

    @Override
    public List<AuditEntry> query(Actor actor, AuditQuery query) {
        actor.requireAnyRole(Role.ADMIN, Role.AUDITOR);
        return store.query(query);
    }

    @Override
    public AuditVerification verify() {
        return store.verify();
    }
}
