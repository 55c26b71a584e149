package org.gongkai.disclosure.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.platform.Message;
import org.gongkai.platform.PersonalData;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:disclosure-show — one case: stage, clock with its explanation, items and history (audited). */
@Service
@Command(scope = "gongkai", name = "disclosure-show", description = "Show one disclosure application")
public class DisclosureShowCommand implements Action {
    @Reference
    DisclosureService disclosure;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "number", required = true, description = "Application number, e.g. YS20261127001")
    String number;

    @Override
    public Object execute() {
        ApplicationDetail d = disclosure.get(ConsoleActors.of(accounts), number);
        System.out.println(d.number() + "  " + d.title() + "  [" + d.stage().nameZh() + " " + d.stage() + "]");
        System.out.println("Agency: " + d.agencyName() + "   Channel: " + d.channel().nameZh() + "   Received: "
                + d.receiptDate());
        System.out.println("Applicant: " + PersonalData.maskName(d.applicant().name()) + " ("
                + d.applicant().type().nameZh() + ")");
        if (d.clock() != null) {
            System.out.println("Clock: due " + d.clock().replyDue() + ", " + d.clock().remainingWorkingDays()
                    + " working days left, " + d.clock().level() + (d.clock().provisional() ? " (provisional)" : ""));
            for (Message m : d.clock().explanation()) {
                System.out.println("  - " + m.zh());
            }
        }
        for (ApplicationDetail.Item i : d.items()) {
            System.out.println("Item " + i.seq() + ": " + i.description() + " => "
                    + (i.decision() == null ? "(undecided)" : i.decision().nameZh()));
        }
        for (ApplicationDetail.Event e : d.events()) {
            System.out.println("  " + e.at() + "  " + e.actor() + "  " + e.action()
                    + (e.comment() == null ? "" : "  " + e.comment()));
        }
        return null;
    }
}
