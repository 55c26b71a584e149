package org.gongkai.platform.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:account-passwd — sets an account's password and closes its sessions. */
@Service
@Command(scope = "gongkai", name = "account-passwd", description = "Set a staff account's password")
public class AccountPasswdCommand implements Action {
    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Login name")
    String username;

    @Option(name = "--password", description = "New password (otherwise asked for without echo)")
    String password;

    @Override
    public Object execute() throws Exception {
        String pw = password != null ? password : session.readLine("New password: ", '*');
        accounts.setPassword(ConsoleActors.of(accounts), username, pw.toCharArray());
        System.out.println("Password of " + username + " changed; its sessions were closed.");
        return null;
    }
}
