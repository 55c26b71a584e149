package org.gongkai.broadcast.driver.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;

/**
 * Follows each acknowledged play command until the terminal reports its end, by asking the terminal for the task's
 * state every poll interval: PLAYING, then PLAYED or FAILED become receipts; STOPPED (the platform stopped it) ends
 * the follow-up silently. Polling rather than callbacks means terminals need no route to the platform and the
 * platform opens no unauthenticated endpoint; the price is a receipt delay of up to one interval. A terminal that
 * stays silent past the follow-up limit gets a FAILED receipt, so no delivery waits forever.
 */
final class TaskPoller {
    private final Gateway gateway;
    private final Clock clock;
    private final Duration limit;
    private final Consumer<Receipt> receipts;
    private final Map<Key, Tracked> tracked = new ConcurrentHashMap<>();

    private record Key(String terminalId, String taskId) {
    }

    /** One followed task; {@code playingSeen} avoids repeating PLAYING, {@code polling} avoids overlapping polls. */
    private record Tracked(TerminalBinding terminal, String taskId, Instant deadline, boolean playingSeen,
            boolean polling) {
    }

    TaskPoller(Gateway gateway, Clock clock, Duration limit, Consumer<Receipt> receipts) {
        this.gateway = gateway;
        this.clock = clock;
        this.limit = limit;
        this.receipts = receipts;
    }

    void track(TerminalBinding t, String taskId, boolean playingSeen) {
        tracked.put(new Key(t.terminalId(), taskId), new Tracked(t, taskId, clock.instant().plus(limit), playingSeen,
                false));
    }

    int size() {
        return tracked.size();
    }

    /** One round: polls every followed task whose terminal is not paused and that has no poll in flight. */
    void pollAll() {
        Instant now = clock.instant();
        for (Map.Entry<Key, Tracked> e : tracked.entrySet()) {
            Key k = e.getKey();
            Tracked t = e.getValue();
            if (t.polling()) {
                continue;
            }
            if (now.isAfter(t.deadline())) {
                if (tracked.remove(k, t)) {
                    receipts.accept(new Receipt(k.terminalId(), k.taskId(), Receipt.Kind.FAILED, now,
                            "no playback report within " + limit + " / 终端未报告播放结果"));
                }
                continue;
            }
            if (gateway.reachability().paused(k.terminalId(), now) != null) {
                continue; // probed by the driver; polled again once it answers
            }
            Tracked busy = new Tracked(t.terminal(), t.taskId(), t.deadline(), t.playingSeen(), true);
            if (!tracked.replace(k, t, busy)) {
                continue;
            }
            gateway.send(t.terminal(), api -> api.task(t.terminal(), t.taskId())).whenComplete((reply, err) -> {
                if (err != null) {
                    tracked.replace(k, busy, t); // unreachable: keep following, the pause limits the attempts
                } else {
                    handle(k, busy, reply);
                }
            });
        }
    }

    private void handle(Key k, Tracked t, TerminalApi.Reply reply) {
        Instant now = clock.instant();
        if (reply.http() == 404 || (reply.ok() && reply.data() == null)) {
            if (tracked.remove(k, t)) {
                receipts.accept(new Receipt(k.terminalId(), k.taskId(), Receipt.Kind.FAILED, now,
                        "terminal no longer knows the task (restarted?) / 终端无此任务"));
            }
            return;
        }
        if (!reply.ok()) {
            tracked.replace(k, t, idle(t, t.playingSeen()));
            return;
        }
        JsonNode d = reply.data();
        String state = d.path("state").asText("");
        Instant at = TerminalApi.time(d, now);
        String detail = d.path("detail").asText("");
        switch (state) {
            case "PLAYING" -> {
                if (tracked.replace(k, t, idle(t, true)) && !t.playingSeen()) {
                    receipts.accept(new Receipt(k.terminalId(), k.taskId(), Receipt.Kind.PLAYING, at, detail));
                }
            }
            case "PLAYED", "FAILED" -> {
                if (tracked.remove(k, t)) {
                    receipts.accept(new Receipt(k.terminalId(), k.taskId(), Receipt.Kind.valueOf(state), at, detail));
                }
            }
            case "STOPPED" -> tracked.remove(k, t);
            default -> tracked.replace(k, t, idle(t, t.playingSeen())); // QUEUED or a vendor state: wait
        }
    }

    private static Tracked idle(Tracked t, boolean playingSeen) {
        return new Tracked(t.terminal(), t.taskId(), t.deadline(), playingSeen, false);
    }
}
