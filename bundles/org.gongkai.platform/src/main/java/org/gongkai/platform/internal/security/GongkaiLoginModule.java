package org.gongkai.platform.internal.security;

import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * JAAS login over Gongkai's accounts. Staff roles become role principals; administrators also get Karaf's own
 * console roles ({@code admin}, {@code manager}, {@code viewer}, {@code systembundles}, {@code ssh}).
 */
public class GongkaiLoginModule implements LoginModule {
    static final String ACCOUNTS_OPTION = "org.gongkai.accounts";
    private static final String[] KARAF_ADMIN_ROLES = {"admin", "manager", "viewer", "systembundles", "ssh"};

    private Subject subject;
    private CallbackHandler handler;
    private AccountService accounts;
    private Actor actor;
    private final Set<Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.accounts = (AccountService) options.get(ACCOUNTS_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        if (accounts == null) {
            throw new LoginException("Gongkai accounts are not available");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read credentials: " + e.getMessage());
        }
        char[] pw = password.getPassword();
        try {
            actor = accounts.authenticate(name.getName(), pw == null ? new char[0] : pw);
        } catch (GongkaiException e) {
            throw new FailedLoginException(e.getMessage());
        } finally {
            password.clearPassword();
        }
        return true;
    }

    @Override
    public boolean commit() {
        if (actor == null) {
            return false;
        }
        principals.add(new UserPrincipal(actor.username()));
        for (String role : actor.roles()) {
            principals.add(new RolePrincipal(role));
        }
        if (actor.hasRole(Role.ADMIN)) {
            for (String role : KARAF_ADMIN_ROLES) {
                principals.add(new RolePrincipal(role));
            }
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        actor = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        actor = null;
        return true;
    }
}
