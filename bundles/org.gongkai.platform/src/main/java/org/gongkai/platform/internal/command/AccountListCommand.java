package org.gongkai.platform.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:account-list — lists staff accounts. */
@Service
@Command(scope = "gongkai", name = "account-list", description = "List staff accounts")
public class AccountListCommand implements Action {
    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        for (Account a : accounts.list(ConsoleActors.of(accounts))) {
            String state = a.disabled() ? "locked" : a.lockedUntil() != null ? "locked until " + a.lockedUntil() : "active";
            rows.add(List.of(a.username(), a.displayName(), a.agencyCode(), String.join(",", a.roles()), state));
        }
        Tables.print(System.out, List.of("Username", "Name", "Agency", "Roles", "State"), rows);
        return null;
    }
}
