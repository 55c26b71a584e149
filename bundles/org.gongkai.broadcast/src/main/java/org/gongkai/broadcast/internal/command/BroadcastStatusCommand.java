package org.gongkai.broadcast.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.ReviewStep;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:broadcast-status — one broadcast: state, review history and delivery counts (terminal lines with -l). */
@Service
@Command(scope = "gongkai", name = "broadcast-status", description = "Show a broadcast and where it got to")
public class BroadcastStatusCommand implements Action {
    @Reference
    BroadcastService broadcast;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "id", required = true, description = "Broadcast id, e.g. GB2026070100001")
    String id;

    @Option(name = "-l", aliases = "--lines", description = "Also list the delivery to each terminal")
    boolean lines;

    @Override
    public Object execute() {
        Actor actor = ConsoleActors.of(accounts);
        BroadcastView v = broadcast.get(actor, id);
        Broadcast b = v.broadcast();
        System.out.println(b.id() + "  " + b.content().title() + "  [" + b.state().nameZh() + " " + b.state() + "]  "
                + b.kind() + (b.emergency() != null && b.emergency().level() != null ? " "
                        + b.emergency().level().nameZh() : ""));
        System.out.println("Category: " + v.category() + "   Agency: " + b.agencyCode() + "   Author: " + b.author()
                + "   Reviewed at: " + v.reviewRegion());
        System.out.println("Targets: " + b.targets());
        for (ReviewStep s : b.history()) {
            System.out.println("  " + s.at() + "  " + s.action() + "  " + s.username()
                    + (s.comment() == null ? "" : "  " + s.comment()));
        }
        DeliveryReport r = broadcast.delivery(actor, id);
        System.out.println("Deliveries: " + r.total() + "  " + r.counts());
        if (lines) {
            for (DeliveryReport.Line l : r.lines()) {
                System.out.printf("  %-24s %-20s %-10s %2d  %s%n", l.terminalId(), l.terminalName(), l.state(),
                        l.attempts(), l.detail() == null ? "" : l.detail());
            }
        }
        return null;
    }
}
