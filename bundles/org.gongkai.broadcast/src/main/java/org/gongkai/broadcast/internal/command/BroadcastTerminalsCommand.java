package org.gongkai.broadcast.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:broadcast-terminals — the terminals of a region by status, or one line per terminal with -l. */
@Service
@Command(scope = "gongkai", name = "broadcast-terminals", description = "Loudspeaker terminals of a region")
public class BroadcastTerminalsCommand implements Action {
    @Reference
    BroadcastService broadcast;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "region", description = "Region code (default: your area)")
    String region;

    @Option(name = "-l", aliases = "--list", description = "One line per terminal instead of counts per child region")
    boolean list;

    @Option(name = "-n", description = "At most this many terminals with -l")
    int limit = 100;

    @Override
    public Object execute() {
        if (list) {
            List<TerminalView> all = broadcast.terminals(ConsoleActors.of(accounts), region);
            System.out.printf("%-24s %-20s %-16s %-8s %-8s %s%n", "ID", "NAME", "REGION", "DRIVER", "STATUS", "VOLUME");
            all.stream().limit(Math.max(1, limit)).forEach(t -> System.out.printf("%-24s %-20s %-16s %-8s %-8s %s%n",
                    t.id(), t.name(), t.regionCode(), t.driverId() + (t.driverPresent() ? "" : "!"), t.status(),
                    t.volume() == null ? "" : t.volume()));
            System.out.println(all.size() + " terminals" + (all.size() > limit ? " (" + limit + " shown)" : ""));
            return null;
        }
        System.out.printf("%-16s %-14s %6s %s%n", "REGION", "NAME", "TOTAL", "BY STATUS");
        long total = 0;
        for (RegionTerminals r : broadcast.terminalTree(ConsoleActors.of(accounts), region)) {
            System.out.printf("%-16s %-14s %6d %s%n", r.code(), r.name(), r.total(), r.byStatus());
            total += r.total();
        }
        System.out.println(total + " terminals");
        return null;
    }
}
