package org.gongkai.delegation.internal.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.delegation.DelegationService;
import org.gongkai.delegation.internal.DelegationComponent;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:delegation-report — per zone: delegated cases, average working days to reply, overdue, comparison. */
@Service
@Command(scope = "gongkai", name = "delegation-report", description = "The delegation report for cases received in a period")
public class DelegationReportCommand implements Action {
    @Reference
    DelegationService delegation;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "from", required = true, description = "First receipt date, YYYY-MM-DD")
    String from;

    @Argument(index = 1, name = "to", required = true, description = "Last receipt date, YYYY-MM-DD")
    String to;

    @Option(name = "--csv", description = "Print the CSV export instead of the table")
    boolean csv;

    @Override
    public Object execute() {
        LocalDate f = LocalDate.parse(from);
        LocalDate t = LocalDate.parse(to);
        if (csv) {
            System.out.print(((DelegationComponent) delegation).reportCsv(ConsoleActors.of(accounts), f, t).substring(1));
            return null;
        }
        DelegationReport r = delegation.report(ConsoleActors.of(accounts), f, t);
        System.out.println("委托办理情况（收到日期 " + f + " 至 " + t + "）");
        System.out.printf("%-12s %6s %6s %10s %6s | %8s %10s %8s%n", "开发区", "委托", "已答复", "平均工作日", "逾期", "同类非委托",
                "平均工作日", "逾期");
        for (DelegationReport.ZoneRow z : r.zones()) {
            System.out.printf("%-12s %6d %6d %10s %6d | %8d %10s %8d%n", z.zoneCode(), z.cases(), z.replied(),
                    z.averageWorkingDays() == null ? "—" : z.averageWorkingDays(), z.overdue(), z.comparableCases(),
                    z.comparableAverageWorkingDays() == null ? "—" : z.comparableAverageWorkingDays(),
                    z.comparableOverdue());
        }
        return null;
    }
}
