package org.gongkai.platform.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.ConsoleActors;

/** gongkai:audit-tail — the newest audit entries, optionally for one object. */
@Service
@Command(scope = "gongkai", name = "audit-tail", description = "Show the newest audit entries")
public class AuditTailCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Reference
    AuditTrail audit;

    @Reference
    AccountService accounts;

    @Option(name = "-n", description = "How many entries")
    int count = 20;

    @Option(name = "--type", description = "Object type")
    String type;

    @Option(name = "--id", description = "Object id")
    String id;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntry e : audit.query(ConsoleActors.of(accounts), new AuditQuery(type, id, null, null, null, count))) {
            rows.add(List.of(Long.toString(e.seq()), TIME.format(e.time()), e.actor(), e.action(),
                    e.objectType() + ":" + e.objectId(), e.details() == null ? "" : e.details()));
        }
        Tables.print(System.out, List.of("Seq", "Time (CST)", "Actor", "Action", "Object", "Details"), rows);
        return null;
    }
}
