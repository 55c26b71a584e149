package org.gongkai.platform.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The actor of a Karaf console command (for every capability's commands): the logged-in Gongkai account (SSH), or, on the local console of a machine where
 * no such account exists (e.g. the {@code karaf} user before the first administrator), an administrator named
 * {@code console:<user>} — whoever has the local console has the machine.
 */
public final class ConsoleActors {
    private ConsoleActors() {
    }

    @SuppressWarnings("removal")
    public static Actor of(AccountService accounts) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = "karaf";
        if (subject != null) {
            for (Principal p : subject.getPrincipals(UserPrincipal.class)) {
                user = p.getName();
            }
        }
        return accounts.actorOf(user).orElse(new Actor("console:" + user, null, Set.of(Role.ADMIN.id())));
    }
}
