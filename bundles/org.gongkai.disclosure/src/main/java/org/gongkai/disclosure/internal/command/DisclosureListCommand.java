package org.gongkai.disclosure.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.Page;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:disclosure-list — open applications with their clocks, names masked. */
@Service
@Command(scope = "gongkai", name = "disclosure-list", description = "List disclosure applications (newest first)")
public class DisclosureListCommand implements Action {
    @Reference
    DisclosureService disclosure;

    @Reference
    AccountService accounts;

    @Option(name = "--overdue", description = "Only cases past their reply date")
    boolean overdue;

    @Option(name = "--stage", description = "Only this stage, e.g. DRAFTING")
    String stage;

    @Option(name = "-n", description = "How many")
    int count = 50;

    @Override
    public Object execute() {
        Page<ApplicationSummary> page = disclosure.list(ConsoleActors.of(accounts), new ApplicationQuery(
                stage == null ? null : Stage.valueOf(stage), null, overdue, null, null, null, "receiptDate", true, 0, count));
        System.out.printf("%-16s %-10s %-12s %-12s %6s  %-8s %s%n", "Number", "Stage", "Received", "Reply due",
                "Left", "Name", "Title");
        for (ApplicationSummary s : page.items()) {
            System.out.printf("%-16s %-10s %-12s %-12s %6s  %-8s %s%n", s.number(), s.stage(), s.receiptDate(),
                    s.replyDue() == null ? "-" : s.replyDue(), s.remainingWorkingDays() == null ? "-"
                            : s.remainingWorkingDays(), s.applicantName(), s.title());
        }
        System.out.println(page.items().size() + " of " + page.total() + " applications");
        return null;
    }

}
