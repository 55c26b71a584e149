package org.gongkai.broadcast.internal.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.security.AccountService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.ConsoleActors;

/**
 * gongkai:broadcast-send — drafts a routine broadcast and submits it for review, or (with --level) issues an emergency
 * broadcast that another officer approves. The console user's account decides what is allowed, as in the UI.
 */
@Service
@Command(scope = "gongkai", name = "broadcast-send", description = "Submit a broadcast for review (or issue an emergency)")
public class BroadcastSendCommand implements Action {
    @Reference
    BroadcastService broadcast;

    @Reference
    AccountService accounts;

    @Option(name = "-t", aliases = "--title", required = true, description = "Title")
    String title;

    @Option(name = "-s", aliases = "--script", required = true, description = "Spoken script (口播稿)")
    String script;

    @Option(name = "-c", aliases = "--category", description = "Category (default: the first configured)")
    String category;

    @Option(name = "-r", aliases = "--region", multiValued = true, description = "Target region code (repeatable)")
    List<String> regions;

    @Option(name = "--terminal", multiValued = true, description = "Target terminal id (repeatable)")
    List<String> terminals;

    @Option(name = "--level", description = "Emergency level 1 (红) to 4 (蓝): issues an emergency broadcast")
    Integer level;

    @Option(name = "--event", description = "Emergency event type, e.g. 山洪")
    String event;

    @Option(name = "--hours", description = "How long the emergency is played and re-sent (hours)")
    int hours = 6;

    @Option(name = "--exercise", description = "The emergency is an exercise (played with 【演练】)")
    boolean exercise;

    @Option(name = "--draft", description = "Only save the routine draft, do not submit it")
    boolean draftOnly;

    @Override
    public Object execute() {
        Actor actor = ConsoleActors.of(accounts);
        List<Target> targets = new ArrayList<>();
        if (regions != null) {
            regions.forEach(r -> targets.add(Target.region(r)));
        }
        if (terminals != null) {
            terminals.forEach(t -> targets.add(Target.terminal(t)));
        }
        BroadcastView v;
        if (level != null) {
            Instant now = Instant.now();
            v = broadcast.issueEmergency(actor, new EmergencyInput(title, script, null, level, event, targets, now,
                    now.plus(Duration.ofHours(Math.max(1, hours))), exercise));
            System.out.println("Emergency " + v.broadcast().id() + " issued; another officer of an authorised agency "
                    + "approves it (it is then released at once)");
            return null;
        }
        String cat = category != null ? category : broadcast.categories().get(0);
        v = broadcast.createDraft(actor, new DraftInput(title, cat, null, script, null, null, targets));
        if (!draftOnly) {
            v = broadcast.submit(actor, v.broadcast().id());
        }
        System.out.println(v.broadcast().id() + "  " + v.broadcast().state().nameZh() + " " + v.broadcast().state()
                + "  (review at " + v.reviewRegion() + ")");
        return null;
    }
}
