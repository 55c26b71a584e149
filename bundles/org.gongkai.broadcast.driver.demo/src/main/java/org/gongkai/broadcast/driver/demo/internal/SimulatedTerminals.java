package org.gongkai.broadcast.driver.demo.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * Speakers simulated in memory. A terminal acknowledges a command after a random latency, plays for the programme's
 * duration (estimated from the script) and reports PLAYED. Which terminals are offline or faulty follows from their
 * id, so it stays the same across restarts: offline ones never answer, faulty ones acknowledge and then fail. A higher
 * priority pre-empts the programme playing (it fails as "pre-empted"); a lower or equal one waits its turn.
 */
final class SimulatedTerminals {

    /**
     * @param offlinePercent share of terminals that never answer
     * @param faultPercent share of terminals that acknowledge and then report a fault
     */
    record Behaviour(int ackMinMillis, int ackMaxMillis, int offlinePercent, int faultPercent, double charsPerSecond,
            int minPlayMillis, int maxPlayMillis) {
    }

    private record Programme(String broadcastId, int priority, String text, java.time.Instant expiresAt) {
    }

    private static final class Speaker {
        Programme current;
        ScheduledFuture<?> end;
        final List<Programme> queue = new ArrayList<>();
        int volume = 60;
    }

    private final ScheduledExecutorService timer;
    private final Random random;
    private final Clock clock;
    private final Behaviour behaviour;
    private final DriverContext context;
    private final Map<String, Speaker> speakers = new HashMap<>();

    SimulatedTerminals(ScheduledExecutorService timer, Random random, Clock clock, Behaviour behaviour,
            DriverContext context) {
        this.timer = timer;
        this.random = random;
        this.clock = clock;
        this.behaviour = behaviour;
        this.context = context;
    }

    boolean offline(String terminalId) {
        return bucket(terminalId, "offline") < behaviour.offlinePercent();
    }

    boolean faulty(String terminalId) {
        return !offline(terminalId) && bucket(terminalId, "fault") < behaviour.faultPercent();
    }

    void play(PlayRequest request) {
        Programme p = new Programme(request.broadcastId(), request.priority(), request.text(), request.expiresAt());
        for (var t : request.terminals()) {
            String id = t.terminalId();
            if (offline(id)) {
                continue;
            }
            timer.schedule(() -> arrive(id, p), latency(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop(String broadcastId, List<String> terminalIds) {
        for (String id : terminalIds) {
            Speaker s = speakers.get(id);
            if (s == null) {
                continue;
            }
            s.queue.removeIf(p -> p.broadcastId().equals(broadcastId));
            if (s.current != null && s.current.broadcastId().equals(broadcastId)) {
                s.end.cancel(false);
                s.current = null;
                next(id, s);
            }
        }
    }

    synchronized void volume(String terminalId, int percent) {
        speaker(terminalId).volume = Math.max(0, Math.min(100, percent));
    }

    synchronized TerminalStatus status(String terminalId) {
        if (offline(terminalId)) {
            return new TerminalStatus(terminalId, TerminalStatus.State.OFFLINE, null, clock.instant(), "no heartbeat");
        }
        if (faulty(terminalId)) {
            return new TerminalStatus(terminalId, TerminalStatus.State.FAULT, speaker(terminalId).volume,
                    clock.instant(), "功放故障 (amplifier fault)");
        }
        Speaker s = speaker(terminalId);
        return new TerminalStatus(terminalId, s.current == null ? TerminalStatus.State.ONLINE
                : TerminalStatus.State.BUSY, s.volume, clock.instant(), "");
    }

    synchronized void close() {
        speakers.values().forEach(s -> {
            if (s.end != null) {
                s.end.cancel(false);
            }
        });
        speakers.clear();
    }

    /** Duration of a programme: the script read at the announcer's speed, within the configured bounds. */
    long playMillis(String text) {
        long ms = text == null ? behaviour.maxPlayMillis()
                : Math.round(text.codePointCount(0, text.length()) * 1000 / behaviour.charsPerSecond());
        return Math.max(behaviour.minPlayMillis(), Math.min(behaviour.maxPlayMillis(), ms));
    }

    private synchronized void arrive(String id, Programme p) {
        receipt(id, p, Receipt.Kind.ACK, "");
        if (faulty(id)) {
            receipt(id, p, Receipt.Kind.FAILED, "功放故障 (amplifier fault)");
            return;
        }
        Speaker s = speaker(id);
        if (s.current == null) {
            start(id, s, p);
        } else if (p.priority() > s.current.priority()) {
            s.end.cancel(false);
            receipt(id, s.current, Receipt.Kind.FAILED, "被更高优先级节目中断 (pre-empted by priority " + p.priority() + ")");
            start(id, s, p);
        } else {
            s.queue.add(p);
        }
    }

    private void start(String id, Speaker s, Programme p) {
        if (p.expiresAt() != null && !clock.instant().isBefore(p.expiresAt())) {
            receipt(id, p, Receipt.Kind.FAILED, "已过期 (expired)");
            next(id, s);
            return;
        }
        s.current = p;
        receipt(id, p, Receipt.Kind.PLAYING, "");
        s.end = timer.schedule(() -> finish(id, p), playMillis(p.text()), TimeUnit.MILLISECONDS);
    }

    private synchronized void finish(String id, Programme p) {
        Speaker s = speakers.get(id);
        if (s == null || s.current != p) {
            return;
        }
        s.current = null;
        receipt(id, p, Receipt.Kind.PLAYED, "");
        next(id, s);
    }

    private void next(String id, Speaker s) {
        if (s.queue.isEmpty()) {
            return;
        }
        Programme p = s.queue.stream().max(Comparator.comparingInt(Programme::priority)).orElseThrow();
        s.queue.remove(p);
        start(id, s, p);
    }

    private Speaker speaker(String id) {
        return speakers.computeIfAbsent(id, k -> new Speaker());
    }

    private void receipt(String terminalId, Programme p, Receipt.Kind kind, String detail) {
        context.receipt(new Receipt(terminalId, p.broadcastId(), kind, clock.instant(), detail));
    }

    private long latency() {
        int span = Math.max(0, behaviour.ackMaxMillis() - behaviour.ackMinMillis());
        synchronized (random) {
            return behaviour.ackMinMillis() + (span == 0 ? 0 : random.nextInt(span + 1));
        }
    }

    private static int bucket(String terminalId, String salt) {
        return Math.floorMod((salt + ":" + terminalId).hashCode() * 31 + 17, 100);
    }
}
