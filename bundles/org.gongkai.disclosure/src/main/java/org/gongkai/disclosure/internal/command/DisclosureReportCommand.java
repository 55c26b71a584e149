package org.gongkai.disclosure.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.internal.DisclosureComponent;
import org.gongkai.disclosure.internal.ReportDesk;
import org.gongkai.disclosure.internal.report.IntegrityViolation;
import org.gongkai.disclosure.internal.report.ReportColumn;
import org.gongkai.disclosure.internal.report.ReportCsv;
import org.gongkai.disclosure.internal.report.ReportProblem;
import org.gongkai.disclosure.internal.report.TableLine;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:disclosure-report — table 三 and 四 of the annual report for a year, county-wide or for one agency. */
@Service
@Command(scope = "gongkai", name = "disclosure-report", description = "The annual report's application tables for a year")
public class DisclosureReportCommand implements Action {
    @Reference
    DisclosureService disclosure;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "year", required = true, description = "The report year, e.g. 2025")
    int year;

    @Argument(index = 1, name = "agency", required = false, description = "An agency code; empty for the whole county")
    String agency;

    @Option(name = "--csv", description = "Print the CSV export instead of the table")
    boolean csv;

    @Override
    public Object execute() {
        ReportDesk.Report r = ((DisclosureComponent) disclosure).reports().build(ConsoleActors.of(accounts), year, agency);
        if (csv) {
            System.out.print(ReportCsv.render(r.applications(), r.remedies()).substring(1));
            return null;
        }
        System.out.println(r.texts().title() + "（" + r.cases() + " 件申请）");
        System.out.printf("%-44s", "");
        for (ReportColumn c : ReportColumn.values()) {
            System.out.printf("%8s", c.labelZh().length() > 4 ? c.labelZh().substring(0, 4) : c.labelZh());
        }
        System.out.println();
        for (TableLine line : TableLine.all()) {
            String label = line.labelZh();
            System.out.printf("%-44s", label.length() > 30 ? label.substring(0, 30) : label);
            for (ReportColumn c : ReportColumn.values()) {
                System.out.printf("%8d", r.applications().value(line, c));
            }
            System.out.println();
        }
        int[] remedies = r.remedies().numbers();
        StringBuilder sb = new StringBuilder("复议/诉讼（维持 纠正 其他 未审结 总计 ×3）：");
        for (int n : remedies) {
            sb.append(' ').append(n);
        }
        System.out.println(sb);
        for (IntegrityViolation v : r.violations()) {
            System.out.println("勾稽关系不符: " + v.zh());
        }
        for (ReportProblem p : r.problems()) {
            System.out.println("未计入: " + p.caseNumber() + " " + p.zh());
        }
        if (r.violations().isEmpty()) {
            System.out.println("勾稽关系检查通过 (integrity rules hold)");
        }
        return null;
    }
}
