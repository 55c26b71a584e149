package org.gongkai.platform.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:account-lock — locks an account, or unlocks it with --unlock. */
@Service
@Command(scope = "gongkai", name = "account-lock", description = "Lock a staff account (or unlock it with --unlock)")
public class AccountLockCommand implements Action {
    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "Login name")
    String username;

    @Option(name = "--unlock", description = "Unlock instead (also clears a lockout after failed logins)")
    boolean unlock;

    @Override
    public Object execute() {
        accounts.setLocked(ConsoleActors.of(accounts), username, !unlock);
        System.out.println(username + (unlock ? " unlocked" : " locked"));
        return null;
    }
}
