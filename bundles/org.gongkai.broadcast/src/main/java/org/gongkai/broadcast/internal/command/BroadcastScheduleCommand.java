package org.gongkai.broadcast.internal.command;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:broadcast-schedule — the schedule board (节目单) of a date: each township's slots, their state and items. */
@Service
@Command(scope = "gongkai", name = "broadcast-schedule", description = "Show the daily slots of a date (节目单)")
public class BroadcastScheduleCommand implements Action {
    @Reference
    BroadcastService broadcast;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "date", description = "YYYY-MM-DD (default: today in Asia/Shanghai)")
    String date;

    @Option(name = "-t", aliases = "--township", description = "Only this township (region code)")
    String township;

    @Option(name = "-a", aliases = "--all", description = "Also list townships with no item in any slot")
    boolean all;

    @Override
    public Object execute() {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            System.err.println("Not a date (YYYY-MM-DD): " + date);
            return null;
        }
        ScheduleBoard board = broadcast.schedule(ConsoleActors.of(accounts), day, township);
        System.out.println("节目单 " + board.date());
        int shown = 0;
        for (ScheduleBoard.Township t : board.townships()) {
            boolean empty = t.slots().stream().allMatch(c -> c.items().isEmpty());
            if (empty && !all) {
                continue;
            }
            shown++;
            System.out.println(t.name() + " (" + t.code() + ")");
            for (ScheduleBoard.Cell c : t.slots()) {
                System.out.printf("  %s %s  %s%s%n", c.slot().nameZh(), c.time().toString().substring(0, 5),
                        c.state().nameZh(), c.items().isEmpty() ? "  无节目" : "");
                for (ScheduleBoard.Item i : c.items()) {
                    System.out.println("      " + i.id() + "  " + i.title() + "  [" + i.state() + "]");
                }
            }
        }
        if (shown == 0) {
            System.out.println("  (no items in any slot; -a lists every township)");
        }
        return null;
    }
}
