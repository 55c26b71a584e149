package org.gongkai.tools.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulated terminals themselves, independent of how they are reached: what each is playing, its volume, its
 * tasks, and the random failures. Both the MQTT and the HTTP front end call it, so the two modes behave alike. A
 * terminal plays one programme at a time; a command of higher or equal priority pre-empts the current one (which
 * ends FAILED), a lower one is refused as busy.
 */
public final class Fleet implements AutoCloseable {

    /** What a terminal's task goes through; STOPPED is the end of a task the platform stopped. */
    public enum TaskState {
        PLAYING, PLAYED, FAILED, STOPPED
    }

    /** One play command as the terminal keeps it. */
    public record Task(String taskId, int priority, TaskState state, Instant at, String detail) {
    }

    /** A terminal's status: ONLINE, BUSY (playing) or OFFLINE, its volume step and its current task, if any. */
    public record Status(String state, int volume, String taskId) {
    }

    /** How a terminal answered a play command. */
    public enum Answer {
        /** Acknowledged and playing. */
        ACCEPTED,
        /** Refused at once (busy with a higher priority, expired); the detail says why. */
        REFUSED,
        /** Received but never answered (a simulated fault). */
        NO_ACK,
        /** The terminal is switched off or hung. */
        OFFLINE,
        /** No such terminal here. */
        UNKNOWN
    }

    /** The answer and, for REFUSED, the reason. */
    public record PlayAnswer(Answer answer, String detail) {
    }

    /** Receives what terminals report on their own: receipts and status changes. Called on the fleet's timer thread. */
    public interface Listener {
        void receipt(String terminal, String taskId, String kind, Instant at, String detail);

        void status(String terminal, Status status);
    }

    private static final Listener NONE = new Listener() {
        @Override
        public void receipt(String terminal, String taskId, String kind, Instant at, String detail) {
        }

        @Override
        public void status(String terminal, Status status) {
        }
    };

    private final SimulatorConfig config;
    private final Stats stats = new Stats();
    private final Random random;
    private final Map<String, Terminal> terminals = new LinkedHashMap<>();
    private final Set<String> offline = ConcurrentHashMap.newKeySet();
    private final Set<String> hung = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile Listener listener = NONE;

    public Fleet(SimulatorConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
        for (String id : config.terminalIds()) {
            terminals.put(id, new Terminal(config.volumeMax() / 2));
        }
        offline.addAll(config.offline());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "terminal-simulator-timer");
            t.setDaemon(true);
            return t;
        });
    }

    public SimulatorConfig config() {
        return config;
    }

    public Stats stats() {
        return stats;
    }

    void listen(Listener l) {
        this.listener = l == null ? NONE : l;
    }

    public Set<String> ids() {
        return terminals.keySet();
    }

    public boolean exists(String id) {
        return terminals.containsKey(id);
    }

    /**
     * Switches a terminal off (it drops every command) or back on; the listener hears the change as a status (in MQTT
     * mode the broker would publish the terminal's OFFLINE last will, and the terminal announces itself when back).
     */
    public void setOffline(String id, boolean off) {
        boolean changed = off ? offline.add(id) : offline.remove(id);
        if (changed) {
            status(id).ifPresent(s -> listener.status(id, s));
        }
    }

    /** Makes a terminal hang: it takes commands but never answers (HTTP: the request stays open), or recovers. */
    public void setHung(String id, boolean h) {
        if (h) {
            hung.add(id);
        } else {
            hung.remove(id);
        }
    }

    public boolean isOffline(String id) {
        return offline.contains(id);
    }

    public boolean isHung(String id) {
        return hung.contains(id);
    }

    /** Counts a command addressed to a terminal; false (and counted as dropped) when the terminal is switched off. */
    boolean receive(String id) {
        stats.commands.incrementAndGet();
        if (offline.contains(id) || hung.contains(id)) {
            stats.toOffline.incrementAndGet();
            return false;
        }
        return true;
    }

    /** A play command, after the front end has waited the ack latency; a repeated task id is acknowledged again. */
    public PlayAnswer play(String id, String taskId, int priority, Instant expiresAt) {
        Terminal t = terminals.get(id);
        if (t == null) {
            return new PlayAnswer(Answer.UNKNOWN, "no such terminal");
        }
        if (offline.contains(id) || hung.contains(id)) {
            return new PlayAnswer(Answer.OFFLINE, "switched off");
        }
        boolean noAck;
        boolean fail;
        synchronized (random) {
            noAck = random.nextDouble() < config.noAckRate();
            fail = random.nextDouble() < config.failRate();
        }
        Instant now = Instant.now();
        Task preempted = null;
        synchronized (t) {
            Task known = t.tasks.get(taskId);
            if (known != null) {
                return new PlayAnswer(Answer.ACCEPTED, "repeated");
            }
            stats.plays.incrementAndGet();
            if (noAck) {
                stats.noAcks.incrementAndGet();
                return new PlayAnswer(Answer.NO_ACK, "");
            }
            if (expiresAt != null && expiresAt.isBefore(now)) {
                stats.failed.incrementAndGet();
                return new PlayAnswer(Answer.REFUSED, "expired at " + expiresAt);
            }
            Task current = t.current == null ? null : t.tasks.get(t.current);
            if (current != null && current.priority() > priority) {
                stats.failed.incrementAndGet();
                return new PlayAnswer(Answer.REFUSED, "busy: priority " + current.priority() + " playing");
            }
            if (current != null) {
                preempted = new Task(current.taskId(), current.priority(), TaskState.FAILED, now,
                        "pre-empted by " + taskId);
                t.tasks.put(current.taskId(), preempted);
                stats.failed.incrementAndGet();
            }
            t.tasks.put(taskId, new Task(taskId, priority, TaskState.PLAYING, now, ""));
            t.current = taskId;
            t.forgetOldest();
            stats.acks.incrementAndGet();
        }
        Listener l = listener;
        if (preempted != null) {
            l.receipt(id, preempted.taskId(), "FAILED", now, preempted.detail());
        }
        l.receipt(id, taskId, "ACK", now, "");
        l.receipt(id, taskId, "PLAYING", now, "");
        l.status(id, status(id).orElseThrow());
        long ms = config.playback().toMillis();
        timer.schedule(() -> finish(id, taskId, fail), fail ? ms / 2 : ms, TimeUnit.MILLISECONDS);
        return new PlayAnswer(Answer.ACCEPTED, "");
    }

    private void finish(String id, String taskId, boolean fail) {
        Terminal t = terminals.get(id);
        Instant now = Instant.now();
        Task done;
        synchronized (t) {
            Task task = t.tasks.get(taskId);
            if (task == null || task.state() != TaskState.PLAYING) {
                return; // stopped or pre-empted meanwhile
            }
            done = new Task(taskId, task.priority(), fail ? TaskState.FAILED : TaskState.PLAYED, now,
                    fail ? "simulated fault: audio stream broke off" : "");
            t.tasks.put(taskId, done);
            t.current = null;
            (fail ? stats.failed : stats.played).incrementAndGet();
        }
        Listener l = listener;
        l.receipt(id, taskId, done.state().name(), now, done.detail());
        status(id).ifPresent(s -> l.status(id, s));
    }

    /** Stops a task; false when the terminal does not know it or is switched off. */
    public boolean stop(String id, String taskId) {
        Terminal t = terminals.get(id);
        if (t == null || offline.contains(id)) {
            return false;
        }
        stats.stops.incrementAndGet();
        synchronized (t) {
            Task task = t.tasks.get(taskId);
            if (task == null) {
                return false;
            }
            if (task.state() == TaskState.PLAYING) {
                t.tasks.put(taskId, new Task(taskId, task.priority(), TaskState.STOPPED, Instant.now(), "stopped"));
                t.current = null;
            }
        }
        status(id).ifPresent(s -> listener.status(id, s));
        return true;
    }

    /** Sets the volume step (clamped to 0..volumeMax); false for an unknown or switched-off terminal. */
    public boolean volume(String id, int step) {
        Terminal t = terminals.get(id);
        if (t == null || offline.contains(id)) {
            return false;
        }
        stats.volumes.incrementAndGet();
        synchronized (t) {
            t.volume = Math.max(0, Math.min(config.volumeMax(), step));
        }
        status(id).ifPresent(s -> listener.status(id, s));
        return true;
    }

    public Optional<Status> status(String id) {
        Terminal t = terminals.get(id);
        if (t == null) {
            return Optional.empty();
        }
        synchronized (t) {
            String state = offline.contains(id) ? "OFFLINE" : t.current == null ? "ONLINE" : "BUSY";
            return Optional.of(new Status(state, t.volume, t.current));
        }
    }

    void countStatusQuery() {
        stats.statusQueries.incrementAndGet();
    }

    public Optional<Task> task(String id, String taskId) {
        Terminal t = terminals.get(id);
        if (t == null) {
            return Optional.empty();
        }
        synchronized (t) {
            return Optional.ofNullable(t.tasks.get(taskId));
        }
    }

    /** Runs a front end's delayed work (ack latency) on the fleet's timer. */
    void later(Runnable r, long millis) {
        if (!timer.isShutdown()) {
            timer.schedule(r, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One terminal's mutable state, guarded by its own monitor. */
    private static final class Terminal {
        /** Like a device's small task log: a long benchmark must not grow the simulator's memory without end. */
        static final int TASKS_KEPT = 256;
        final Map<String, Task> tasks = new LinkedHashMap<>();
        String current;
        int volume;

        Terminal(int volume) {
            this.volume = volume;
        }

        void forgetOldest() {
            var it = tasks.keySet().iterator();
            while (tasks.size() > TASKS_KEPT && it.hasNext()) {
                if (!it.next().equals(current)) {
                    it.remove();
                }
            }
        }
    }
}
