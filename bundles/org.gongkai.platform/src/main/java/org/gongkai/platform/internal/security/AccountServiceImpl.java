package org.gongkai.platform.internal.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.AccountUpdate;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.AuthenticationException;
import org.gongkai.platform.security.NewAccount;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Accounts, passwords and lockout. A successful check is remembered for a few minutes as a salted digest (never the
 * password), so scripts using HTTP Basic do not pay the slow hash on every request; the memory is dropped when the
 * password, the lock state or the stored hash changes.
 */
@Component(service = AccountService.class, configurationPid = "org.gongkai.accounts")
@Designate(ocd = AccountServiceImpl.Config.class)
public class AccountServiceImpl implements AccountService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    @ObjectClassDefinition(name = "Gongkai accounts", description = "Password policy and login lockout")
    public @interface Config {
        @AttributeDefinition(name = "Failed logins before lockout", description = "Consecutive wrong passwords that lock the account")
        int maxFailedAttempts() default 5;

        @AttributeDefinition(name = "Lockout (minutes)", description = "How long a locked-out account stays locked")
        int lockoutMinutes() default 15;

        @AttributeDefinition(name = "Minimum password length", description = "Characters a new password needs at least")
        int minPasswordLength() default 10;

        @AttributeDefinition(name = "PBKDF2 iterations", description = "Work factor of new password hashes")
        int hashIterations() default PasswordHasher.DEFAULT_ITERATIONS;
    }

    private final AccountStore store;
    private final Transactions tx;
    private final AuditTrail audit;
    private final RegionService regions;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Config config;
    private final byte[] cacheKey = new byte[32];
    private final ConcurrentHashMap<String, CachedCheck> verified = new ConcurrentHashMap<>();

    private record CachedCheck(String digest, String storedHash, Instant until) {
    }

    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady schema,
            @Reference Transactions tx, @Reference AuditTrail audit, @Reference RegionService regions,
            @Reference PlatformClock clock, Config config) {
        this(new AccountStore(new Jdbc(dataSource)), tx, audit, regions, clock.clock(), config);
    }

    AccountServiceImpl(AccountStore store, Transactions tx, AuditTrail audit, RegionService regions, Clock clock,
            Config config) {
        this.store = store;
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
        this.config = config;
        this.hasher = new PasswordHasher(config.hashIterations());
        new SecureRandom().nextBytes(cacheKey);
    }

    @Override
    public Actor authenticate(String username, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<AccountStore.Row> found = store.byUsername(name);
        if (found.isEmpty() || password == null) {
            hasher.verify(new char[] {'x'}, "pbkdf2-sha256$" + config.hashIterations() + "$AAAAAAAAAAAAAAAAAAAAAA$AA");
            throw AuthenticationException.badCredentials();
        }
        AccountStore.Row row = found.get();
        Account a = row.account();
        Instant now = clock.instant();
        if (a.disabled() || (a.lockedUntil() != null && a.lockedUntil().isAfter(now))) {
            throw AuthenticationException.locked();
        }
        String digest = digest(name, password);
        CachedCheck cached = verified.get(name);
        if (cached != null && cached.until().isAfter(now) && cached.storedHash().equals(row.passwordHash())
                && MessageDigest.isEqual(cached.digest().getBytes(StandardCharsets.UTF_8),
                        digest.getBytes(StandardCharsets.UTF_8))) {
            return actor(a);
        }
        if (!hasher.verify(password, row.passwordHash())) {
            verified.remove(name);
            int attempts = a.failedAttempts() + 1;
            boolean lock = attempts >= config.maxFailedAttempts();
            Instant until = lock ? now.plus(Duration.ofMinutes(config.lockoutMinutes())) : null;
            tx.required(() -> {
                store.recordFailure(a.id(), lock ? 0 : attempts, until);
                audit.append(new Actor(name, a.agencyCode(), Set.of()), lock ? AuditActions.ACCOUNT_LOCKED
                        : AuditActions.LOGIN_FAILED, "account", name, lock ? "locked until " + until
                        : "failed attempt " + attempts);
            });
            throw lock ? AuthenticationException.locked() : AuthenticationException.badCredentials();
        }
        tx.required(() -> {
            store.recordSuccess(a.id(), now);
            if (hasher.needsRehash(row.passwordHash())) {
                store.setPasswordHash(a.id(), hasher.hash(password), now);
            }
            audit.append(actor(a), AuditActions.LOGIN, "account", name, null);
        });
        String storedNow = store.byId(a.id()).map(AccountStore.Row::passwordHash).orElse(row.passwordHash());
        verified.put(name, new CachedCheck(digest, storedNow, now.plus(Duration.ofMinutes(5))));
        return actor(a);
    }

    @Override
    public Optional<Actor> actorOf(long accountId) {
        Instant now = clock.instant();
        return store.byId(accountId).map(AccountStore.Row::account)
                .filter(a -> !a.disabled() && (a.lockedUntil() == null || !a.lockedUntil().isAfter(now)))
                .map(AccountServiceImpl::actor);
    }

    @Override
    public Optional<Actor> actorOf(String username) {
        return store.byUsername(username == null ? "" : username).flatMap(r -> actorOf(r.account().id()));
    }

    @Override
    public Account create(Actor actor, NewAccount account) {
        actor.requireAnyRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String username = checkUsername(errors, account.username());
        String displayName = Inputs.name(errors, "displayName", account.displayName(), 50);
        String agency = checkAgency(errors, account.agencyCode());
        Set<String> roles = checkRoles(errors, account.roles());
        checkPassword(errors, "password", account.password());
        Inputs.check(errors);
        return tx.required(() -> {
            if (store.byUsername(username).isPresent()) {
                throw new ConflictException(Message.of("用户名已存在：" + username, "User name already taken: " + username));
            }
            long id = store.insert(username, displayName, agency, hasher.hash(account.password().toCharArray()), roles,
                    clock.instant());
            audit.append(actor, AuditActions.ACCOUNT_CREATED, "account", username,
                    "agency=" + agency + " roles=" + roles);
            return store.byId(id).orElseThrow().account();
        });
    }

    @Override
    public Account update(Actor actor, String username, AccountUpdate update) {
        actor.requireAnyRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String displayName = update.displayName() == null ? null : Inputs.name(errors, "displayName", update.displayName(), 50);
        String agency = update.agencyCode() == null ? null : checkAgency(errors, update.agencyCode());
        Set<String> roles = update.roles() == null ? null : checkRoles(errors, update.roles());
        Inputs.check(errors);
        return tx.required(() -> {
            Account a = require(username);
            store.update(a.id(), displayName == null ? a.displayName() : displayName,
                    agency == null ? a.agencyCode() : agency);
            if (roles != null) {
                store.replaceRoles(a.id(), roles);
            }
            audit.append(actor, AuditActions.ACCOUNT_UPDATED, "account", a.username(),
                    "agency=" + (agency == null ? a.agencyCode() : agency) + " roles=" + (roles == null ? a.roles() : roles));
            verified.remove(a.username());
            return store.byId(a.id()).orElseThrow().account();
        });
    }

    @Override
    public void setPassword(Actor actor, String username, char[] newPassword) {
        actor.requireAnyRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        checkPassword(errors, "password", newPassword == null ? null : new String(newPassword));
        Inputs.check(errors);
        tx.required(() -> {
            Account a = require(username);
            store.setPasswordHash(a.id(), hasher.hash(newPassword), clock.instant());
            store.setDisabled(a.id(), a.disabled());
            store.closeSessions(a.id());
            audit.append(actor, AuditActions.PASSWORD_CHANGED, "account", a.username(), "set by administrator");
        });
        verified.remove(username);
        PasswordHasher.wipe(newPassword);
    }

    @Override
    public void changeOwnPassword(Actor actor, char[] oldPassword, char[] newPassword) {
        List<FieldError> errors = new ArrayList<>();
        checkPassword(errors, "newPassword", newPassword == null ? null : new String(newPassword));
        Inputs.check(errors);
        AccountStore.Row row = store.byUsername(actor.username()).orElseThrow(AuthenticationException::required);
        if (oldPassword == null || !hasher.verify(oldPassword, row.passwordHash())) {
            throw org.gongkai.platform.ValidationException.of("oldPassword", "原密码不正确", "The current password is wrong");
        }
        tx.required(() -> {
            store.setPasswordHash(row.account().id(), hasher.hash(newPassword), clock.instant());
            audit.append(actor, AuditActions.PASSWORD_CHANGED, "account", actor.username(), "changed by the user");
        });
        verified.remove(actor.username());
        PasswordHasher.wipe(newPassword);
    }

    @Override
    public Account setLocked(Actor actor, String username, boolean locked) {
        actor.requireAnyRole(Role.ADMIN);
        if (locked && actor.username().equals(username)) {
            throw new ConflictException(Message.of("不能锁定自己的账号", "You cannot lock your own account"));
        }
        Account result = tx.required(() -> {
            Account a = require(username);
            store.setDisabled(a.id(), locked);
            if (locked) {
                store.closeSessions(a.id());
            }
            audit.append(actor, locked ? AuditActions.ACCOUNT_LOCKED : AuditActions.ACCOUNT_UNLOCKED, "account",
                    a.username(), locked ? "locked by administrator" : "unlocked by administrator");
            return store.byId(a.id()).orElseThrow().account();
        });
        verified.remove(username);
        return result;
    }

    @Override
    public List<Account> list(Actor actor) {
        actor.requireAnyRole(Role.ADMIN);
        return store.all();
    }

    @Override
    public Account get(Actor actor, String username) {
        if (!actor.username().equals(username)) {
            actor.requireAnyRole(Role.ADMIN);
        }
        return require(username);
    }

    @Override
    public boolean isEmpty() {
        return store.count() == 0;
    }

    private Account require(String username) {
        return store.byUsername(username == null ? "" : username).map(AccountStore.Row::account)
                .orElseThrow(() -> new NotFoundException("账号 account", String.valueOf(username)));
    }

    private static Actor actor(Account a) {
        return new Actor(a.username(), a.agencyCode(), a.roles());
    }

    private String checkUsername(List<FieldError> errors, String username) {
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            errors.add(FieldError.of("username", "用户名须为 2–32 位小写字母、数字或 . _ -，以字母开头",
                    "User name: 2–32 lower-case letters, digits or . _ -, starting with a letter"));
            return null;
        }
        return username.trim();
    }

    private String checkAgency(List<FieldError> errors, String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank() || regions.agency(agencyCode.trim()).isEmpty()) {
            errors.add(FieldError.of("agencyCode", "所属机构不存在", "Unknown agency"));
            return null;
        }
        return agencyCode.trim();
    }

    private static Set<String> checkRoles(List<FieldError> errors, Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldError.of("roles", "至少选择一个角色", "Choose at least one role"));
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String r : roles) {
            if (Role.byId(r).isEmpty()) {
                errors.add(FieldError.of("roles", "未知角色：" + r, "Unknown role: " + r));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private void checkPassword(List<FieldError> errors, String field, String password) {
        if (password == null || password.length() < config.minPasswordLength()) {
            errors.add(FieldError.of(field, "密码至少 " + config.minPasswordLength() + " 位",
                    "The password needs at least " + config.minPasswordLength() + " characters"));
        } else if (password.length() > 128) {
            errors.add(FieldError.of(field, "密码不能超过 128 位", "The password must not exceed 128 characters"));
        }
    }

    private String digest(String username, char[] password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(cacheKey);
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            md.update(bytes);
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
