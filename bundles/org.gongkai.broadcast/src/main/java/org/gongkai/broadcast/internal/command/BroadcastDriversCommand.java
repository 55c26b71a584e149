package org.gongkai.broadcast.internal.command;

import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.DriverInfo;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:broadcast-drivers — installed speaker drivers, their settings, and driver ids whose bundle is missing. */
@Service
@Command(scope = "gongkai", name = "broadcast-drivers", description = "Loudspeaker drivers and their terminals")
public class BroadcastDriversCommand implements Action {
    @Reference
    BroadcastService broadcast;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        System.out.printf("%-12s %-9s %9s  %-30s %s%n", "ID", "PRESENT", "TERMINALS", "NAME", "SETTINGS");
        for (DriverInfo d : broadcast.drivers(ConsoleActors.of(accounts))) {
            String settings = d.settings().stream().map(s -> s.name() + (s.required() ? "*" : "") + ":" + s.type())
                    .collect(Collectors.joining(", "));
            System.out.printf("%-12s %-9s %9d  %-30s %s%n", d.id(), d.present() ? "yes" : "MISSING", d.terminals(),
                    d.name(), settings);
        }
        return null;
    }
}
