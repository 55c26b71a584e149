package org.gongkai.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.audit.AuditFixtures;
import org.gongkai.platform.internal.region.RegionFixtures;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountUpdate;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.AuthenticationException;
import org.gongkai.platform.security.NewAccount;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts on H2 with the real audit trail and region service (a small county with three agencies). */
class AccountServiceTest {
    private static final String PASSWORD = "Lingchuan-2026";

    private TestDb.MutableClock clock;
    private AuditTrail audit;
    private AccountServiceImpl accounts;
    private DataSource ds;

    static AccountServiceImpl.Config config(int maxFailed, int lockoutMinutes, int minLength, int iterations) {
        return new AccountServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AccountServiceImpl.Config.class;
            }

            @Override
            public int maxFailedAttempts() {
                return maxFailed;
            }

            @Override
            public int lockoutMinutes() {
                return lockoutMinutes;
            }

            @Override
            public int minPasswordLength() {
                return minLength;
            }

            @Override
            public int hashIterations() {
                return iterations;
            }
        };
    }

    @BeforeEach
    void setUp() {
        ds = TestDb.platformDataSource();
        clock = new TestDb.MutableClock(TestDb.NOW);
        audit = AuditFixtures.trail(ds, clock);
        var regions = RegionFixtures.smallCounty(ds, audit);
        accounts = new AccountServiceImpl(new AccountStore(TestDb.jdbc(ds)), TestDb.TX, audit, regions, clock,
                config(3, 15, 10, 1000));
    }

    private Account create(String username, String... roles) {
        return accounts.create(TestDb.ADMIN, new NewAccount(username, "王登记", "LC-GKB", Set.of(roles), PASSWORD));
    }

    private List<AuditEntry> auditOf(String username) {
        return audit.query(TestDb.AUDITOR, AuditQuery.forObject("account", username));
    }

    private List<String> actionsOf(String username) {
        return auditOf(username).stream().map(AuditEntry::action).toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private List<String> rejected(NewAccount a) {
        return fields(assertThrows(ValidationException.class, () -> accounts.create(TestDb.ADMIN, a)));
    }

    // ---- create -------------------------------------------------------------------------------------------------

    @Test
    void anAdminCreatesAnAccountAndItIsAudited() {
        assertTrue(accounts.isEmpty());
        Account a = accounts.create(TestDb.ADMIN,
                new NewAccount(" wang.dj ", "王登记", "LC-GKB", Set.of("registrar", "handler"), PASSWORD));
        assertEquals("wang.dj", a.username());
        assertEquals("王登记", a.displayName());
        assertEquals("LC-GKB", a.agencyCode());
        assertEquals(Set.of("registrar", "handler"), a.roles());
        assertFalse(a.disabled());
        assertEquals(0, a.failedAttempts());
        assertEquals(TestDb.NOW, a.createdAt());
        assertNull(a.lastLoginAt());
        assertFalse(accounts.isEmpty());

        List<AuditEntry> entries = auditOf("wang.dj");
        assertEquals(1, entries.size());
        assertEquals(AuditActions.ACCOUNT_CREATED, entries.get(0).action());
        assertEquals("admin", entries.get(0).actor());
        assertFalse(entries.get(0).details().contains(PASSWORD), "the password is never audited");
        String hash = TestDb.jdbc(ds).queryOne("SELECT password_hash FROM gk_account WHERE username = 'wang.dj'",
                rs -> rs.getString(1)).orElseThrow();
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), "stored as a hash, never in clear");
    }

    @Test
    void aBadUserNameIsRejectedOnFieldUsername() {
        for (String bad : new String[] {"Wang", "1wang", "w", "wang dj", "王", "", "a".repeat(33), "wang<script>"}) {
            assertEquals(List.of("username"), rejected(new NewAccount(bad, "王登记", "LC-GKB", Set.of("registrar"), PASSWORD)),
                    bad);
        }
        assertEquals(List.of("username"), rejected(new NewAccount(null, "王登记", "LC-GKB", Set.of("registrar"), PASSWORD)));
    }

    @Test
    void markupInTheDisplayNameIsRejectedOnFieldDisplayName() {
        assertEquals(List.of("displayName"),
                rejected(new NewAccount("wang", "<script>alert(1)</script>", "LC-GKB", Set.of("registrar"), PASSWORD)));
        assertEquals(List.of("displayName"), rejected(new NewAccount("wang", "  ", "LC-GKB", Set.of("registrar"), PASSWORD)));
        assertEquals(List.of("displayName"),
                rejected(new NewAccount("wang", "王".repeat(51), "LC-GKB", Set.of("registrar"), PASSWORD)));
    }

    @Test
    void anUnknownAgencyIsRejectedOnFieldAgencyCode() {
        assertEquals(List.of("agencyCode"), rejected(new NewAccount("wang", "王登记", "NO-SUCH", Set.of("registrar"), PASSWORD)));
        assertEquals(List.of("agencyCode"), rejected(new NewAccount("wang", "王登记", null, Set.of("registrar"), PASSWORD)));
    }

    @Test
    void anUnknownOrMissingRoleIsRejectedOnFieldRoles() {
        assertEquals(List.of("roles"), rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of("superuser"), PASSWORD)));
        assertEquals(List.of("roles"), rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of(), PASSWORD)));
        assertEquals(List.of("roles"), rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of("ADMIN"), PASSWORD)));
    }

    @Test
    void aShortOrOverlongPasswordIsRejectedOnFieldPassword() {
        assertEquals(List.of("password"), rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of("registrar"), "short-123")));
        assertEquals(List.of("password"), rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of("registrar"), null)));
        assertEquals(List.of("password"),
                rejected(new NewAccount("wang", "王登记", "LC-GKB", Set.of("registrar"), "x".repeat(129))));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsWritten() {
        List<String> f = rejected(new NewAccount("Bad Name", "<b>", "NO-SUCH", Set.of("nope"), "123"));
        assertEquals(Set.of("username", "displayName", "agencyCode", "roles", "password"), Set.copyOf(f));
        assertTrue(accounts.isEmpty());
        assertTrue(audit.query(TestDb.AUDITOR, new AuditQuery("account", null, null, null, null, 100)).isEmpty());
    }

    @Test
    void aDuplicateUserNameIsAConflict() {
        create("wang", "registrar");
        ConflictException e = assertThrows(ConflictException.class,
                () -> accounts.create(TestDb.ADMIN, new NewAccount("wang", "另一个王", "LC-GKB", Set.of("handler"), PASSWORD)));
        assertEquals("CONFLICT", e.code());
        assertEquals(1, accounts.list(TestDb.ADMIN).size());
        assertEquals(List.of(AuditActions.ACCOUNT_CREATED), actionsOf("wang"));
    }

    @Test
    void nonAdminsCannotCreateListUpdateOrLockAccounts() {
        create("wang", "registrar");
        Actor head = new Actor("head", "LC-GKB", Set.of(Role.OFFICE_HEAD.id(), Role.AUDITOR.id()));
        assertThrows(AccessDeniedException.class, () -> accounts.list(TestDb.HANDLER));
        assertThrows(AccessDeniedException.class, () -> accounts.list(head));
        assertThrows(AccessDeniedException.class, () -> accounts.create(TestDb.HANDLER,
                new NewAccount("li", "李", "LC-GKB", Set.of("handler"), PASSWORD)));
        assertThrows(AccessDeniedException.class, () -> accounts.setLocked(TestDb.HANDLER, "wang", true));
        assertThrows(AccessDeniedException.class,
                () -> accounts.setPassword(TestDb.HANDLER, "wang", "New-password-1".toCharArray()));
        assertThrows(AccessDeniedException.class,
                () -> accounts.update(TestDb.HANDLER, "wang", new AccountUpdate("x", null, null)));
        assertThrows(AccessDeniedException.class, () -> accounts.get(TestDb.HANDLER, "wang"));
        assertEquals(1, accounts.list(TestDb.ADMIN).size());
        // a user may read their own account
        Actor wang = accounts.authenticate("wang", PASSWORD.toCharArray());
        assertEquals("wang", accounts.get(wang, "wang").username());
    }

    // ---- authenticate and lockout -------------------------------------------------------------------------------

    @Test
    void theRightPasswordAuthenticatesAndIsAudited() {
        create("wang", "registrar");
        Actor a = accounts.authenticate(" Wang ", PASSWORD.toCharArray());
        assertEquals(new Actor("wang", "LC-GKB", Set.of("registrar")), a);
        assertEquals(TestDb.NOW, accounts.get(TestDb.ADMIN, "wang").lastLoginAt());
        assertEquals(List.of(AuditActions.LOGIN, AuditActions.ACCOUNT_CREATED), actionsOf("wang"));
        // a second login (served from the short-lived cache) still answers the actor
        assertEquals(a, accounts.authenticate("wang", PASSWORD.toCharArray()));
        assertEquals(a, accounts.actorOf("wang").orElseThrow());
    }

    @Test
    void anUnknownUserOrMissingPasswordIsTheSameBadCredentials() {
        create("wang", "registrar");
        AuthenticationException unknown = assertThrows(AuthenticationException.class,
                () -> accounts.authenticate("nobody", PASSWORD.toCharArray()));
        AuthenticationException wrong = assertThrows(AuthenticationException.class,
                () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertEquals(unknown.userMessage(), wrong.userMessage(), "the message never tells whether the user exists");
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", null));
        assertThrows(AuthenticationException.class, () -> accounts.authenticate(null, PASSWORD.toCharArray()));
    }

    @Test
    void wrongPasswordsAreCountedAndLockTheAccountUntilTheLockoutPasses() {
        create("wang", "registrar");
        AuthenticationException first = assertThrows(AuthenticationException.class,
                () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertEquals(1, accounts.get(TestDb.ADMIN, "wang").failedAttempts());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertEquals(2, accounts.get(TestDb.ADMIN, "wang").failedAttempts());
        AuthenticationException third = assertThrows(AuthenticationException.class,
                () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertEquals(AuthenticationException.locked().userMessage(), third.userMessage());
        assertEquals(AuthenticationException.badCredentials().userMessage(), first.userMessage());
        assertEquals(TestDb.NOW.plus(Duration.ofMinutes(15)), accounts.get(TestDb.ADMIN, "wang").lockedUntil());

        // locked: even the right password is refused, and the session lookup finds no usable account
        clock.advance(Duration.ofMinutes(14));
        AuthenticationException locked = assertThrows(AuthenticationException.class,
                () -> accounts.authenticate("wang", PASSWORD.toCharArray()));
        assertEquals(AuthenticationException.locked().userMessage(), locked.userMessage());
        assertTrue(accounts.actorOf("wang").isEmpty());

        // after the lockout the right password works again and the counter is reset
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertEquals("wang", accounts.authenticate("wang", PASSWORD.toCharArray()).username());
        Account after = accounts.get(TestDb.ADMIN, "wang");
        assertEquals(0, after.failedAttempts());
        assertNull(after.lockedUntil());

        assertEquals(List.of(AuditActions.LOGIN, AuditActions.ACCOUNT_LOCKED, AuditActions.LOGIN_FAILED,
                AuditActions.LOGIN_FAILED, AuditActions.ACCOUNT_CREATED), actionsOf("wang"));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        create("wang", "registrar");
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        accounts.authenticate("wang", PASSWORD.toCharArray());
        assertEquals(0, accounts.get(TestDb.ADMIN, "wang").failedAttempts());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        assertEquals(1, accounts.get(TestDb.ADMIN, "wang").failedAttempts());
        assertNull(accounts.get(TestDb.ADMIN, "wang").lockedUntil());
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterASuccessfulLogin() {
        create("wang", "registrar");
        accounts.authenticate("wang", PASSWORD.toCharArray());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
    }

    @Test
    void anAdminUnlockClearsALockout() {
        create("wang", "registrar");
        for (int i = 0; i < 3; i++) {
            assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        }
        assertNotNull(accounts.get(TestDb.ADMIN, "wang").lockedUntil());
        Account unlocked = accounts.setLocked(TestDb.ADMIN, "wang", false);
        assertNull(unlocked.lockedUntil());
        assertEquals(0, unlocked.failedAttempts());
        assertFalse(unlocked.disabled());
        assertEquals("wang", accounts.authenticate("wang", PASSWORD.toCharArray()).username());
        assertEquals(AuditActions.ACCOUNT_UNLOCKED, auditOf("wang").get(1).action());
        assertEquals("admin", auditOf("wang").get(1).actor());
    }

    @Test
    void anAdminLockDisablesTheAccountUntilUnlocked() {
        create("wang", "registrar");
        accounts.authenticate("wang", PASSWORD.toCharArray());
        assertTrue(accounts.setLocked(TestDb.ADMIN, "wang", true).disabled());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", PASSWORD.toCharArray()));
        clock.advance(Duration.ofDays(1));
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", PASSWORD.toCharArray()));
        accounts.setLocked(TestDb.ADMIN, "wang", false);
        assertEquals("wang", accounts.authenticate("wang", PASSWORD.toCharArray()).username());
        assertThrows(ConflictException.class, () -> accounts.setLocked(TestDb.ADMIN, "admin", true));
        assertThrows(NotFoundException.class, () -> accounts.setLocked(TestDb.ADMIN, "nobody", true));
        List<String> actions = actionsOf("wang");
        assertEquals(AuditActions.ACCOUNT_UNLOCKED, actions.get(1));
        assertTrue(actions.contains(AuditActions.ACCOUNT_LOCKED));
    }

    // ---- passwords ----------------------------------------------------------------------------------------------

    @Test
    void anAdminSetsANewPasswordAndTheOldOneStopsWorking() {
        create("wang", "registrar");
        accounts.authenticate("wang", PASSWORD.toCharArray()); // also fills the login cache
        char[] fresh = "Brand-new-password".toCharArray();
        accounts.setPassword(TestDb.ADMIN, "wang", fresh);
        assertEquals('\0', fresh[0], "the caller's array is wiped");
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", PASSWORD.toCharArray()));
        assertEquals("wang", accounts.authenticate("wang", "Brand-new-password".toCharArray()).username());
        AuditEntry changed = auditOf("wang").stream()
                .filter(e -> e.action().equals(AuditActions.PASSWORD_CHANGED)).findFirst().orElseThrow();
        assertEquals("admin", changed.actor());
        assertFalse(changed.details().contains("Brand-new-password"));
        assertEquals(List.of("password"), fields(assertThrows(ValidationException.class,
                () -> accounts.setPassword(TestDb.ADMIN, "wang", "short".toCharArray()))));
        assertThrows(NotFoundException.class,
                () -> accounts.setPassword(TestDb.ADMIN, "nobody", "Long-enough-password".toCharArray()));
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheOldOne() {
        create("wang", "registrar");
        Actor wang = accounts.authenticate("wang", PASSWORD.toCharArray());
        assertEquals(List.of("oldPassword"), fields(assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(wang, "Not-the-old-one".toCharArray(), "Another-password".toCharArray()))));
        assertEquals(List.of("newPassword"), fields(assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(wang, PASSWORD.toCharArray(), "short".toCharArray()))));
        accounts.changeOwnPassword(wang, PASSWORD.toCharArray(), "Another-password".toCharArray());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", PASSWORD.toCharArray()));
        assertEquals(wang, accounts.authenticate("wang", "Another-password".toCharArray()));
        AuditEntry changed = auditOf("wang").stream()
                .filter(e -> e.action().equals(AuditActions.PASSWORD_CHANGED)).findFirst().orElseThrow();
        assertEquals("wang", changed.actor());
        assertEquals("changed by the user", changed.details());
    }

    @Test
    void anOldWeakHashIsUpgradedOnTheNextLogin() {
        create("wang", "registrar");
        AccountServiceImpl stronger = new AccountServiceImpl(new AccountStore(TestDb.jdbc(ds)), TestDb.TX, audit,
                RegionFixtures.regionService(ds, audit), clock, config(3, 15, 10, 2000));
        stronger.authenticate("wang", PASSWORD.toCharArray());
        String hash = TestDb.jdbc(ds).queryOne("SELECT password_hash FROM gk_account WHERE username = 'wang'",
                rs -> rs.getString(1)).orElseThrow();
        assertTrue(hash.startsWith("pbkdf2-sha256$2000$"), hash);
        assertEquals("wang", stronger.authenticate("wang", PASSWORD.toCharArray()).username());
    }

    // ---- update, list and the audit chain -------------------------------------------------------------------------

    @Test
    void anAdminUpdatesNameAgencyAndRolesWithValidation() {
        create("wang", "registrar");
        Account a = accounts.update(TestDb.ADMIN, "wang", new AccountUpdate("王登记员", "LC-ZRZYJ", Set.of("handler")));
        assertEquals("王登记员", a.displayName());
        assertEquals("LC-ZRZYJ", a.agencyCode());
        assertEquals(Set.of("handler"), a.roles());
        Account same = accounts.update(TestDb.ADMIN, "wang", new AccountUpdate(null, null, null));
        assertEquals(a, same);
        assertEquals(List.of("agencyCode"), fields(assertThrows(ValidationException.class,
                () -> accounts.update(TestDb.ADMIN, "wang", new AccountUpdate(null, "NO-SUCH", null)))));
        assertEquals(List.of("roles"), fields(assertThrows(ValidationException.class,
                () -> accounts.update(TestDb.ADMIN, "wang", new AccountUpdate(null, null, Set.of("root"))))));
        assertThrows(NotFoundException.class,
                () -> accounts.update(TestDb.ADMIN, "nobody", new AccountUpdate("x", null, null)));
        assertEquals(AuditActions.ACCOUNT_UPDATED, auditOf("wang").get(0).action());
        // the new roles apply to the next login
        assertEquals(Set.of("handler"), accounts.authenticate("wang", PASSWORD.toCharArray()).roles());
    }

    @Test
    void listShowsEveryAccountSortedByNameWithRoles() {
        create("zhang", "handler");
        create("li", "registrar", "reviewer");
        List<Account> all = accounts.list(TestDb.ADMIN);
        Function<Account, String> name = Account::username;
        assertEquals(List.of("li", "zhang"), all.stream().map(name).toList());
        assertEquals(Set.of("registrar", "reviewer"), all.get(0).roles());
    }

    @Test
    void everyAccountChangeKeepsTheAuditChainValid() {
        create("wang", "registrar");
        accounts.authenticate("wang", PASSWORD.toCharArray());
        assertThrows(AuthenticationException.class, () -> accounts.authenticate("wang", "Wrong-password".toCharArray()));
        accounts.setPassword(TestDb.ADMIN, "wang", "Brand-new-password".toCharArray());
        accounts.setLocked(TestDb.ADMIN, "wang", true);
        accounts.setLocked(TestDb.ADMIN, "wang", false);
        assertEquals(List.of(AuditActions.ACCOUNT_UNLOCKED, AuditActions.ACCOUNT_LOCKED, AuditActions.PASSWORD_CHANGED,
                AuditActions.LOGIN_FAILED, AuditActions.LOGIN, AuditActions.ACCOUNT_CREATED), actionsOf("wang"));
        assertTrue(audit.verify().valid());
    }
}
