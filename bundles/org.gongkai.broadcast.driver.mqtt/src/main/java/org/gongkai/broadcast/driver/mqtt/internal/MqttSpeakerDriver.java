package org.gongkai.broadcast.driver.mqtt.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
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
 * Speaker driver for IP/4G terminals behind an MQTT broker: JSON commands per terminal, or once per group for
 * terminals that share a {@code group} setting, at QoS 1; status and receipts back on per-terminal topics through
 * one wildcard subscription. Connects in the background and reconnects with exponential back-off; while it is
 * disconnected, commands fail at once (the core retries), never wait.
 */
@Component(service = BroadcastDriver.class, configurationPid = "org.gongkai.broadcast.driver.mqtt",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "gongkai.driver.id=" + MqttSpeakerDriver.ID)
@Designate(ocd = MqttSpeakerDriver.Config.class)
public class MqttSpeakerDriver implements BroadcastDriver {
    static final String ID = "mqtt";
    private static final Logger LOG = LoggerFactory.getLogger(MqttSpeakerDriver.class);

    @ObjectClassDefinition(name = "Gongkai speaker driver: MQTT", description = "大喇叭 terminals reached through an "
            + "MQTT broker (Mosquitto, EMQX)")
    public @interface Config {
        @AttributeDefinition(name = "Broker URL", description = "tcp://host:1883 or ssl://host:8883")
        String brokerUrl() default "tcp://127.0.0.1:1883";

        @AttributeDefinition(name = "Client id", description = "Unique per Karaf node; the broker keeps its session")
        String clientId() default "gongkai-broadcast";

        @AttributeDefinition(name = "User name", description = "Empty for an anonymous broker")
        String username() default "";

        @AttributeDefinition(name = "Password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
                description = "Password of the user name")
        String password() default "";

        @AttributeDefinition(name = "Topic prefix", description = "Commands go to <prefix>/<terminal>/cmd")
        String topicPrefix() default "gongkai/bc";

        @AttributeDefinition(name = "QoS", description = "1 = at least once (receipts are idempotent)")
        int qos() default 1;

        @AttributeDefinition(name = "Clean session", description = "false keeps the session, so receipts sent "
                + "while the platform reconnects are delivered afterwards")
        boolean cleanSession() default false;

        @AttributeDefinition(name = "Keep-alive (s)", description = "MQTT keep-alive interval")
        int keepAliveSeconds() default 30;

        @AttributeDefinition(name = "Connect timeout (s)", description = "Give up one connection attempt after this")
        int connectTimeoutSeconds() default 10;

        @AttributeDefinition(name = "Max in-flight messages", description = "QoS 1 publishes awaiting the broker's "
                + "acknowledgement; a county sends one per terminal without a group")
        int maxInflight() default 4096;

        @AttributeDefinition(name = "First reconnect delay (ms)", description = "Doubles after each failed attempt")
        long minReconnectDelayMillis() default 1000;

        @AttributeDefinition(name = "Longest reconnect delay (ms)", description = "Cap of the doubling")
        long maxReconnectDelayMillis() default 60000;
    }

    static final String GROUP = "group";
    static final String VOLUME_MAX = "volumeMax";
    static final String PLAYBACK = "playback";
    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.string(GROUP, "广播分组 (Group)", "Terminals of one group get a single command on "
                    + "<prefix>/group/<group>/cmd; leave empty to address the terminal alone", false, null),
            SettingDescriptor.integer(VOLUME_MAX, "音量上限 (Volume steps)", "The terminal's highest volume step, "
                    + "e.g. 31; percentages are scaled to it", true, 100),
            SettingDescriptor.choice(PLAYBACK, "播放方式 (Playback)", "stream: play while fetching; download: fetch "
                    + "the whole file first", "stream", List.of("stream", "download")));

    private final MqttSettings settings;
    private final Topics topics;
    private final Clock clock;
    private final Backoff backoff;
    private final MqttAsyncClient client;
    private final ScheduledExecutorService reconnects;
    private final Map<String, TerminalStatus> lastStatus = new ConcurrentHashMap<>();
    private final AtomicInteger connectAttempts = new AtomicInteger();
    private final PublishWindow window;
    private volatile DriverContext context;
    private volatile boolean stopped;

    @Activate
    public MqttSpeakerDriver(Config config) {
        this(MqttSettings.of(config), Clock.systemUTC());
    }

    MqttSpeakerDriver(MqttSettings settings, Clock clock) {
        this.settings = settings;
        this.topics = new Topics(settings.topicPrefix());
        this.clock = clock;
        this.backoff = new Backoff(settings.minBackoff(), settings.maxBackoff());
        // a little below Paho's own window, which also holds the client's other QoS 1 traffic
        this.window = new PublishWindow(Math.max(1, settings.maxInflight() - 16));
        try {
            this.client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("bad MQTT broker URL or client id: " + e.getMessage(), e);
        }
        this.reconnects = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gongkai-bc-mqtt-connect");
            t.setDaemon(true);
            return t;
        });
        client.setCallback(new Callback());
        reconnects.execute(this::connect);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "MQTT 网络终端 (MQTT terminals)";
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
        stopped = true;
        reconnects.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            LOG.debug("MQTT disconnect failed", e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT close failed", e);
        }
    }

    boolean connected() {
        return client.isConnected();
    }

    int connectAttempts() {
        return connectAttempts.get();
    }

    @Override
    public CompletionStage<Void> play(PlayRequest request) {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (Map.Entry<String, List<TerminalBinding>> e : byTopic(request.terminals()).entrySet()) {
            List<String> ids = e.getValue().stream().map(TerminalBinding::terminalId).toList();
            String mode = e.getValue().get(0).settings().getOrDefault(PLAYBACK, "stream");
            sends.add(publish(e.getKey(), Messages.play(messageId(), request, ids, mode, now)));
        }
        return all(sends);
    }

    @Override
    public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals) {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (Map.Entry<String, List<TerminalBinding>> e : byTopic(terminals).entrySet()) {
            List<String> ids = e.getValue().stream().map(TerminalBinding::terminalId).toList();
            sends.add(publish(e.getKey(), Messages.stop(messageId(), broadcastId, ids, now)));
        }
        return all(sends);
    }

    @Override
    public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
        if (volumePercent < 0 || volumePercent > 100) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("volume out of 0-100"));
        }
        int steps = terminal.getInt(VOLUME_MAX, 100);
        int value = Math.round(volumePercent * steps / 100f);
        return topic(terminal.terminalId()).map(t -> publish(t, Messages.volume(messageId(), terminal.terminalId(),
                value, clock.instant()))).orElseGet(() -> badId(terminal.terminalId()));
    }

    /** The last status the terminal reported (UNKNOWN if none); also asks the terminal for a fresh report. */
    @Override
    public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
        topic(terminal.terminalId()).ifPresent(t -> publish(t, Messages.statusQuery(messageId(), terminal.terminalId(),
                clock.instant())));
        return CompletableFuture.completedFuture(lastStatus.getOrDefault(terminal.terminalId(),
                TerminalStatus.unknown(terminal.terminalId(), clock.instant())));
    }

    /** Command topic → terminals: grouped terminals share their group's topic, the others have their own. */
    private Map<String, List<TerminalBinding>> byTopic(List<TerminalBinding> terminals) {
        Map<String, List<TerminalBinding>> out = new LinkedHashMap<>();
        for (TerminalBinding t : terminals) {
            String group = t.get(GROUP);
            String topic = group != null && !group.isBlank() ? topics.groupCommand(group) : topics.command(t.terminalId());
            out.computeIfAbsent(topic, k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    private Optional<String> topic(String terminalId) {
        return Topics.valid(terminalId) ? Optional.of(topics.command(terminalId)) : Optional.empty();
    }

    private static <T> CompletableFuture<T> badId(String id) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("not usable in an MQTT topic: " + id));
    }

    private CompletableFuture<Void> publish(String topic, byte[] payload) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected()) {
            done.completeExceptionally(new IllegalStateException("not connected to the MQTT broker "
                    + settings.brokerUrl()));
            return done;
        }
        window.submit(() -> send(topic, payload, done));
        return done;
    }

    /** One publish in the window; its slot is freed when the broker acknowledged it, or it failed. */
    private void send(String topic, byte[] payload, CompletableFuture<Void> done) {
        try {
            client.publish(topic, payload, settings.qos(), false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    window.release();
                    done.complete(null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    window.release();
                    done.completeExceptionally(e);
                }
            });
        } catch (MqttException | RuntimeException e) {
            window.release();
            done.completeExceptionally(e);
        }
    }

    private static CompletableFuture<Void> all(List<CompletableFuture<Void>> sends) {
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    private static String messageId() {
        return UUID.randomUUID().toString();
    }

    // ---- connection ----------------------------------------------------------------------------------------------

    private void connect() {
        if (stopped || client.isConnected()) {
            return;
        }
        connectAttempts.incrementAndGet();
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(settings.cleanSession());
        o.setKeepAliveInterval(settings.keepAliveSeconds());
        o.setConnectionTimeout(settings.connectTimeoutSeconds());
        o.setMaxInflight(settings.maxInflight());
        o.setAutomaticReconnect(false); // our own back-off, also for the first connection
        if (settings.username() != null && !settings.username().isEmpty()) {
            o.setUserName(settings.username());
            o.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        try {
            client.connect(o, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribe();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    retryLater("connect failed: " + e.getMessage());
                }
            });
        } catch (MqttException | RuntimeException e) {
            retryLater("connect failed: " + e.getMessage());
        }
    }

    private void subscribe() {
        try {
            client.subscribe(new String[] {topics.receipts(), topics.statuses()},
                    new int[] {settings.qos(), settings.qos()}, null, new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            backoff.reset();
                            LOG.info("MQTT speaker driver connected to {}", settings.brokerUrl());
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable e) {
                            LOG.warn("MQTT subscribe failed, reconnecting", e);
                            dropAndRetry();
                        }
                    });
        } catch (MqttException e) {
            LOG.warn("MQTT subscribe failed, reconnecting", e);
            dropAndRetry();
        }
    }

    private void dropAndRetry() {
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException e) {
            LOG.debug("forced disconnect failed", e);
        }
        retryLater("subscription failed");
    }

    private void retryLater(String why) {
        if (stopped) {
            return;
        }
        long delay = backoff.next().toMillis();
        LOG.warn("MQTT broker {}: {}; next attempt in {} ms", settings.brokerUrl(), why, delay);
        try {
            reconnects.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("driver stopped, no reconnect");
        }
    }

    /** Paho's callback: runs on its thread, so it only parses and hands over, and never throws (that would disconnect). */
    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            retryLater("connection lost: " + (cause == null ? "" : cause.getMessage()));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                Optional<String[]> parts = topics.parse(topic);
                DriverContext ctx = context;
                if (parts.isEmpty()) {
                    return;
                }
                String terminal = parts.get()[0];
                Instant now = clock.instant();
                if (Topics.RECEIPT.equals(parts.get()[1])) {
                    Messages.receipt(terminal, message.getPayload(), now).ifPresentOrElse(r -> {
                        if (ctx != null) {
                            ctx.receipt(r);
                        }
                    }, () -> LOG.debug("ignored malformed receipt on {}", topic));
                } else {
                    Messages.status(terminal, message.getPayload(), now).ifPresent(s -> {
                        lastStatus.put(terminal, s);
                        if (ctx != null) {
                            ctx.statusChanged(s);
                        }
                    });
                }
            } catch (RuntimeException e) {
                LOG.warn("MQTT message on {} not handled", topic, e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // publish completion is reported through each publish's action listener
        }
    }
}
