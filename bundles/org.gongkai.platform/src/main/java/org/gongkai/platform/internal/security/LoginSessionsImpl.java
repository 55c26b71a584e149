package org.gongkai.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.LoginSession;
import org.gongkai.platform.security.LoginSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Login sessions in {@code gk_session}: 256-bit random tokens, stored as SHA-256 hashes, with a sliding expiry. */
@Component(service = LoginSessions.class, configurationPid = "org.gongkai.sessions")
@Designate(ocd = LoginSessionsImpl.Config.class)
public class LoginSessionsImpl implements LoginSessions {

    @ObjectClassDefinition(name = "Gongkai login sessions", description = "Browser sessions of staff")
    public @interface Config {
        @AttributeDefinition(name = "Idle timeout (minutes)", description = "A session unused this long ends")
        int idleMinutes() default 30;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbc jdbc;
    private final Transactions tx;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration idle;

    @Activate
    public LoginSessionsImpl(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady schema,
            @Reference Transactions tx, @Reference AccountService accounts, @Reference AuditTrail audit,
            @Reference PlatformClock clock, Config config) {
        this.jdbc = new Jdbc(dataSource);
        this.tx = tx;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.clock();
        this.idle = Duration.ofMinutes(config.idleMinutes());
    }

    @Override
    public LoginSession open(Actor actor) {
        long accountId = jdbc.queryOne("SELECT id FROM gk_account WHERE username = ?", rs -> rs.getLong(1),
                actor.username()).orElseThrow();
        String token = random();
        String csrf = random();
        Instant now = clock.instant();
        Instant expires = now.plus(idle);
        tx.required(() -> {
            jdbc.update("DELETE FROM gk_session WHERE expires_at < ?", now);
            jdbc.update("INSERT INTO gk_session (token_hash, account_id, csrf_token, created_at, expires_at)"
                    + " VALUES (?,?,?,?,?)", hash(token), accountId, csrf, now, expires);
        });
        return new LoginSession(token, csrf, actor, expires);
    }

    @Override
    public Optional<LoginSession> resolve(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String h = hash(token);
        Instant now = clock.instant();
        record Row(long accountId, String csrf, Instant expires) {
        }
        Optional<Row> row = jdbc.queryOne("SELECT account_id, csrf_token, expires_at FROM gk_session WHERE token_hash = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "expires_at")), h);
        if (row.isEmpty() || row.get().expires().isBefore(now)) {
            return Optional.empty();
        }
        Optional<Actor> actor = accounts.actorOf(row.get().accountId());
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        Instant expires = now.plus(idle);
        // slide the expiry at most once a minute, not on every request
        if (Duration.between(now, row.get().expires()).compareTo(idle.minusMinutes(1)) < 0) {
            jdbc.update("UPDATE gk_session SET expires_at = ? WHERE token_hash = ?", expires, h);
        }
        return Optional.of(new LoginSession(token, row.get().csrf(), actor.get(), expires));
    }

    @Override
    public void close(String token) {
        resolve(token).ifPresent(s -> tx.required(() -> {
            jdbc.update("DELETE FROM gk_session WHERE token_hash = ?", hash(token));
            audit.append(s.actor(), AuditActions.LOGOUT, "account", s.actor().username(), null);
        }));
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
