package org.gongkai.platform.security;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff accounts in the database: the one source for the web UI, REST and the Karaf console (through the JAAS realm).
 * Passwords are stored as PBKDF2-HMAC-SHA256 hashes; repeated failed logins lock an account for a while.
 */
@ProviderType
public interface AccountService {

    /** Checks a password; answers the actor or throws {@link AuthenticationException}. Audited. */
    Actor authenticate(String username, char[] password);

    /** The actor of an existing, usable account (for resolving a session). */
    Optional<Actor> actorOf(long accountId);

    /** The actor of a usable account by user name (the console maps its logged-in user this way). */
    Optional<Actor> actorOf(String username);

    Account create(Actor actor, NewAccount account);

    Account update(Actor actor, String username, AccountUpdate update);

    /** An administrator sets a new password; the user's sessions are closed. */
    void setPassword(Actor actor, String username, char[] newPassword);

    /** A user changes their own password, giving the old one. */
    void changeOwnPassword(Actor actor, char[] oldPassword, char[] newPassword);

    /** Disables ({@code locked = true}) or re-enables an account; unlocking also clears a temporary lockout. */
    Account setLocked(Actor actor, String username, boolean locked);

    List<Account> list(Actor actor);

    Account get(Actor actor, String username);

    /** True while no account exists (a fresh installation before its first administrator). */
    boolean isEmpty();
}
