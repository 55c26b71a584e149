package org.gongkai.broadcast.driver.http.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaker driver for IP terminals that expose an HTTP/JSON API (one base URL and bearer token per terminal), the
 * second common shape of Chinese IP-speaker products besides MQTT. Commands go to each terminal separately through
 * {@link Gateway} (bounded concurrency, per-call timeout, pause after failures); the playback outcome is followed by
 * {@link TaskPoller}. {@link #play} completes as soon as the commands are queued: each terminal's outcome arrives as
 * its own ACK or FAILED receipt, so one hung terminal in a batch of hundreds cannot turn the whole batch into a core
 * timeout.
 */
@Component(service = BroadcastDriver.class, configurationPid = "org.gongkai.broadcast.driver.http",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "gongkai.driver.id=" + HttpSpeakerDriver.ID)
@Designate(ocd = HttpSpeakerDriver.Config.class)
public class HttpSpeakerDriver implements BroadcastDriver {
    static final String ID = "http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpSpeakerDriver.class);

    @ObjectClassDefinition(name = "Gongkai speaker driver: HTTP", description = "大喇叭 IP terminals with an HTTP/JSON "
            + "interface, one base URL and token per terminal")
    public @interface Config {
        @AttributeDefinition(name = "Max concurrent requests", description = "HTTP calls to terminals in flight at "
                + "once; further calls wait in the queue")
        int maxConcurrentRequests() default 64;

        @AttributeDefinition(name = "Max queued requests", description = "Calls waiting for a free slot; beyond this "
                + "a call fails at once and the core retries later")
        int maxQueuedRequests() default 20000;

        @AttributeDefinition(name = "Connect timeout (ms)", description = "Give up opening a connection after this")
        int connectTimeoutMillis() default 3000;

        @AttributeDefinition(name = "Default call timeout (ms)", description = "Used when a terminal has no valid "
                + "timeoutMillis setting")
        int defaultTimeoutMillis() default 5000;

        @AttributeDefinition(name = "Poll interval (ms)", description = "How often playing tasks are asked for "
                + "their state; also the granularity of probing unreachable terminals")
        long pollIntervalMillis() default 2000;

        @AttributeDefinition(name = "First pause after a failure (ms)", description = "An unreachable terminal is "
                + "left alone this long, doubling after each further failure")
        long minBackoffMillis() default 5000;

        @AttributeDefinition(name = "Longest pause (ms)", description = "Cap of the doubling")
        long maxBackoffMillis() default 300000;

        @AttributeDefinition(name = "Follow-up limit (min)", description = "A task with no final report after this "
                + "is recorded FAILED")
        long followUpLimitMinutes() default 180;
    }

    static final String VOLUME_MAX = "volumeMax";
    static final String PLAYBACK = "playback";
    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.string(TerminalApi.BASE_URL, "接口地址 (Base URL)", "The terminal's HTTP API root, "
                    + "e.g. http://10.20.1.15:8080/api/v1; commands go to <base URL>/play and so on", true, null),
            SettingDescriptor.secret(TerminalApi.TOKEN, "访问令牌 (Access token)", "The terminal's bearer token, "
                    + "sent as Authorization: Bearer <token>", true),
            SettingDescriptor.integer(TerminalApi.TIMEOUT, "超时 (Timeout, ms)", "Give up one call to this terminal "
                    + "after this; 4G terminals need more than wired ones", true, 5000),
            SettingDescriptor.integer(VOLUME_MAX, "音量上限 (Volume steps)", "The terminal's highest volume step, "
                    + "e.g. 31; percentages are scaled to it", true, 100),
            SettingDescriptor.choice(PLAYBACK, "播放方式 (Playback)", "stream: play while fetching; download: fetch "
                    + "the whole file first", "stream", List.of("stream", "download")));

    private final Clock clock;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;
    private final Gateway gateway;
    private final TaskPoller poller;
    private final Map<String, TerminalStatus> lastStatus = new ConcurrentHashMap<>();
    private final AtomicInteger probes = new AtomicInteger();
    private volatile DriverContext context;

    @Activate
    public HttpSpeakerDriver(Config config) {
        this(HttpDriverSettings.of(config), Clock.systemUTC());
    }

    HttpSpeakerDriver(HttpDriverSettings s, Clock clock) {
        this.clock = clock;
        this.io = Executors.newFixedThreadPool(4, daemon("gongkai-bc-http-io"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("gongkai-bc-http-poll"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(s.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).executor(io).build();
        this.gateway = new Gateway(new TerminalApi(client, s.defaultTimeoutMillis()),
                new Limiter(s.maxConcurrentRequests(), s.maxQueuedRequests(), io),
                new Reachability(s.minBackoff(), s.maxBackoff()), clock, new Gateway.Transitions() {
                    @Override
                    public void wentOffline(TerminalBinding t, String reason) {
                        LOG.info("speaker terminal {} unreachable: {}", t.terminalId(), reason);
                        observe(new TerminalStatus(t.terminalId(), TerminalStatus.State.OFFLINE, null, clock.instant(),
                                reason));
                    }

                    @Override
                    public void cameBack(TerminalBinding t) {
                        LOG.info("speaker terminal {} answers again", t.terminalId());
                        status(t);
                    }
                });
        this.poller = new TaskPoller(gateway, clock, s.followUpLimit(), this::emit);
        long poll = s.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "HTTP 网络终端 (HTTP/JSON terminals)";
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public void open(DriverContext ctx) {
        this.context = ctx;
    }

    @Override
    public void close() {
        this.context = null;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        io.shutdownNow();
    }

    /** Sends the command to every terminal; completes once queued, outcomes arrive as receipts (see class doc). */
    @Override
    public CompletionStage<Void> play(PlayRequest request) {
        for (TerminalBinding t : request.terminals()) {
            String mode = t.settings().getOrDefault(PLAYBACK, "stream");
            gateway.send(t, api -> api.play(t, request, mode)).whenComplete((reply, err) -> {
                Instant now = clock.instant();
                if (err != null) {
                    emit(new Receipt(t.terminalId(), request.broadcastId(), Receipt.Kind.FAILED, now, reason(err)));
                } else if (reply.ok()) {
                    boolean playing = reply.data() != null && "PLAYING".equals(reply.data().path("state").asText());
                    emit(new Receipt(t.terminalId(), request.broadcastId(), Receipt.Kind.ACK, now, ""));
                    if (playing) {
                        emit(new Receipt(t.terminalId(), request.broadcastId(), Receipt.Kind.PLAYING, now, ""));
                    }
                    poller.track(t, request.broadcastId(), playing);
                } else {
                    emit(new Receipt(t.terminalId(), request.broadcastId(), Receipt.Kind.FAILED, now,
                            reply.describe()));
                }
            });
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Completes when every terminal answered; fails naming how many could not be reached or refused. */
    @Override
    public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals) {
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (TerminalBinding t : terminals) {
            calls.add(gateway.send(t, api -> api.stop(t, broadcastId)).handle((reply, err) -> err != null
                    ? t.terminalId() + ": " + reason(err)
                    : reply.ok() || reply.http() == 404 || reply.code() == 404 ? null // not playing it: a no-op
                            : t.terminalId() + ": " + reply.describe()));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<String> failed = calls.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList();
            if (!failed.isEmpty()) {
                throw new CompletionException(new IllegalStateException("stop failed on " + failed.size() + " of "
                        + terminals.size() + " terminals, e.g. " + failed.get(0)));
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
        if (volumePercent < 0 || volumePercent > 100) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("volume out of 0-100"));
        }
        int step = Math.round(volumePercent * volumeMax(terminal) / 100f);
        return gateway.send(terminal, api -> api.volume(terminal, step)).thenApply(reply -> {
            if (!reply.ok()) {
                throw new CompletionException(new IllegalStateException(reply.describe()));
            }
            return null;
        });
    }

    /**
     * Asks the terminal; an unreachable (or paused) terminal is OFFLINE, one that refuses (e.g. a wrong token) is
     * FAULT, so the administrator sees why. Changes are also reported to the context.
     */
    @Override
    public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
        String id = terminal.terminalId();
        return gateway.send(terminal, api -> api.status(terminal)).handle((reply, err) -> {
            Instant now = clock.instant();
            TerminalStatus s;
            if (err != null) {
                Throwable e = cause(err);
                s = e instanceof Gateway.UnreachableException
                        ? new TerminalStatus(id, TerminalStatus.State.OFFLINE, null, now, e.getMessage())
                        : e instanceof TerminalApi.BadSettingsException
                                ? new TerminalStatus(id, TerminalStatus.State.FAULT, null, now,
                                        "invalid settings: " + e.getMessage())
                                : TerminalStatus.unknown(id, now);
            } else if (reply.ok()) {
                s = TerminalApi.status(id, reply.data(), volumeMax(terminal), now).orElseGet(() ->
                        new TerminalStatus(id, TerminalStatus.State.UNKNOWN, null, now, "unreadable status answer"));
            } else {
                s = new TerminalStatus(id, TerminalStatus.State.FAULT, null, now, reply.describe());
            }
            if (s.state() != TerminalStatus.State.UNKNOWN) {
                observe(s);
            }
            return s;
        });
    }

    /** Every poll interval: follow playing tasks, probe terminals whose pause is over. */
    private void tick() {
        try {
            poller.pollAll();
            for (TerminalBinding t : gateway.reachability().dueForProbe(clock.instant())) {
                probes.incrementAndGet();
                gateway.send(t, api -> api.status(t)); // an answer reports the terminal back through cameBack
            }
        } catch (RuntimeException e) {
            LOG.warn("HTTP speaker driver poll round failed", e);
        }
    }

    int probes() {
        return probes.get();
    }

    int followed() {
        return poller.size();
    }

    private void observe(TerminalStatus s) {
        TerminalStatus prev = lastStatus.put(s.terminalId(), s);
        if (prev == null || prev.state() != s.state() || !Objects.equals(prev.volumePercent(), s.volumePercent())) {
            DriverContext ctx = context;
            if (ctx != null) {
                try {
                    ctx.statusChanged(s);
                } catch (RuntimeException e) {
                    LOG.warn("status of {} not taken by the core", s.terminalId(), e);
                }
            }
        }
    }

    private void emit(Receipt r) {
        DriverContext ctx = context;
        if (ctx != null) {
            try {
                ctx.receipt(r);
            } catch (RuntimeException e) {
                LOG.warn("receipt of {} not taken by the core", r.terminalId(), e);
            }
        }
    }

    private static int volumeMax(TerminalBinding t) {
        try {
            return Math.max(1, t.getInt(VOLUME_MAX, 100));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    private static Throwable cause(Throwable err) {
        return err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
    }

    private static String reason(Throwable err) {
        Throwable e = cause(err);
        if (e instanceof TerminalApi.BadSettingsException) {
            return "invalid settings / 终端设置有误: " + e.getMessage();
        }
        if (e instanceof RejectedExecutionException) {
            return "driver overloaded / 驱动繁忙: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
