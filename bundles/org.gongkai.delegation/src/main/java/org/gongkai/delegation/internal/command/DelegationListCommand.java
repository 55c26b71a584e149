package org.gongkai.delegation.internal.command;

import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.delegation.BoardRow;
import org.gongkai.delegation.DelegationService;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:delegation-list — the delegated cases received in a period (default: the last year), oldest first. */
@Service
@Command(scope = "gongkai", name = "delegation-list", description = "Cases delegated to development zones")
public class DelegationListCommand implements Action {
    @Reference
    DelegationService delegation;

    @Reference
    AccountService accounts;

    @Option(name = "--from", description = "First receipt date (YYYY-MM-DD); default one year ago")
    String from;

    @Option(name = "--to", description = "Last receipt date (YYYY-MM-DD); default today")
    String to;

    @Option(name = "--open", description = "Only cases still open")
    boolean openOnly;

    @Override
    public Object execute() {
        LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
        LocalDate f = from == null ? today.minusYears(1) : LocalDate.parse(from);
        LocalDate t = to == null ? today : LocalDate.parse(to);
        List<BoardRow> rows = delegation.board(ConsoleActors.of(accounts), f, t);
        System.out.printf("%-16s %-12s %-10s %-11s %-11s %-4s %-3s %s%n", "编号", "开发区", "阶段", "收到", "答复期限", "逾期",
                "催办", "标题");
        int shown = 0;
        for (BoardRow r : rows) {
            if (openOnly && r.facts().stage().closed()) {
                continue;
            }
            System.out.printf("%-16s %-12s %-10s %-11s %-11s %-4s %-3d %s%n", r.facts().number(),
                    r.facts().handlingAgencyCode(), r.facts().stage().nameZh(), r.facts().receiptDate(),
                    r.facts().replyDue() == null ? "—" : r.facts().replyDue(), r.facts().overdue() ? "是" : "",
                    r.reminders(), r.facts().title());
            shown++;
        }
        System.out.println(shown + " 件委托办理的申请（" + f + " 至 " + t + "）");
        return null;
    }
}
