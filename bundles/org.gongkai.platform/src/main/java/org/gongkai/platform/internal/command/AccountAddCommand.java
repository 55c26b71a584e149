package org.gongkai.platform.internal.command;

import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.gongkai.platform.security.Account;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;
import org.gongkai.platform.security.NewAccount;

/** gongkai:account-add — creates a staff account. */
@Service
@Command(scope = "gongkai", name = "account-add", description = "Create a staff account (password asked for when not given)")
public class AccountAddCommand implements Action {
    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Login name, lower case")
    String username;

    @Argument(index = 1, name = "displayName", required = true, description = "Full name, e.g. 张三")
    String displayName;

    @Argument(index = 2, name = "agency", required = true, description = "Agency code, e.g. LC-GKB")
    String agency;

    @Argument(index = 3, name = "roles", required = true, description = "Comma-separated roles, e.g. registrar,handler")
    String roles;

    @Option(name = "--password", description = "Password (otherwise asked for without echo)")
    String password;

    @Override
    public Object execute() throws Exception {
        String pw = password != null ? password : session.readLine("Password: ", '*');
        Account a = accounts.create(ConsoleActors.of(accounts),
                new NewAccount(username, displayName, agency, Set.of(roles.split("\\s*,\\s*")), pw));
        System.out.println("Created account " + a.username() + " (" + a.displayName() + ") in " + a.agencyCode()
                + " with roles " + a.roles());
        return null;
    }
}
