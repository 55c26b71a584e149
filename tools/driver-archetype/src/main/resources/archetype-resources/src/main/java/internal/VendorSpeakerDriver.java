package ${package}.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code ${driverId}} speaker driver for ${vendorName} terminals. Each terminal names the device that reaches it
 * (host, port, access token); terminals behind the same device share one connection. The driver turns the vendor's
 * blocking protocol calls ({@link DeviceLink}) into the SPI's asynchronous contract: every call returns at once, the
 * work runs on the driver's own small pool with a bounded queue, and a device that does not answer within the command
 * timeout fails the call instead of holding a thread of the core.
 */
@Component(service = BroadcastDriver.class, configurationPid = VendorSpeakerDriver.PID,
        property = "gongkai.driver.id=" + VendorSpeakerDriver.ID)
@Designate(ocd = VendorSpeakerDriver.Config.class)
public class VendorSpeakerDriver implements BroadcastDriver {
    static final String ID = "${driverId}";
    static final String PID = "${artifactId}";

    static final String HOST = "host";
    static final String PORT = "port";
    static final String TOKEN = "token";

    /** Driver-wide settings, in {@code etc/${artifactId}.cfg}; per-terminal ones are in {@link #settings()}. */
    @ObjectClassDefinition(name = "${vendorName} speaker driver", description = "Connections to ${vendorName} "
            + "terminals and controllers")
    public @interface Config {
        @AttributeDefinition(name = "Connect timeout (ms)", description = "Give up opening a connection after this")
        int connectTimeoutMillis() default 3000;

        @AttributeDefinition(name = "Command timeout (ms)", description = "A command not sent by then fails; keep it "
                + "below the core's driver timeout (10 s by default) so the driver reports the failure itself")
        int commandTimeoutMillis() default 5000;

        @AttributeDefinition(name = "I/O threads", description = "Commands sent at the same time, to different devices")
        int ioThreads() default 4;

        @AttributeDefinition(name = "Queue size", description = "Commands waiting for a thread; more are refused at once")
        int queueSize() default 2000;
    }

    /** The settings in force, from {@link Config} or built directly by tests. */
    record Settings(Duration connectTimeout, Duration commandTimeout, int ioThreads, int queueSize) {
        static Settings of(Config c) {
            return new Settings(Duration.ofMillis(c.connectTimeoutMillis()), Duration.ofMillis(c.commandTimeoutMillis()),
                    Math.max(1, c.ioThreads()), Math.max(1, c.queueSize()));
        }
    }

    private static final List<SettingDescriptor> SETTINGS = List.of(
            SettingDescriptor.string(HOST, "设备地址 (Host)", "IP address or host name of the terminal or of the "
                    + "controller it hangs on", true, null),
            SettingDescriptor.integer(PORT, "端口 (Port)", "TCP port of the device", true, 6000),
            SettingDescriptor.secret(TOKEN, "接入密钥 (Access token)", "Token the device expects when the platform "
                    + "connects; never shown again or logged", true));

    private final Settings settings;
    private final ThreadPoolExecutor io;
    private final Reports reports = new Reports();
    private final Connections connections;

    @Activate
    public VendorSpeakerDriver(Config config) {
        this(Settings.of(config), new TcpDeviceLink.Factory(Duration.ofMillis(config.connectTimeoutMillis())));
    }

    VendorSpeakerDriver(Settings settings, DeviceLink.Factory links) {
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        this.io = new ThreadPoolExecutor(settings.ioThreads(), settings.ioThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queueSize()), r -> {
                    Thread t = new Thread(r, "${driverId}-io-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.io.allowCoreThreadTimeOut(true);
        this.connections = new Connections(links, reports);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "${vendorName} 终端 (${vendorName} terminals)";
    }

    @Override
    public List<SettingDescriptor> settings() {
        return SETTINGS;
    }

    @Override
    public void open(DriverContext context) {
        connections.reopen();
        reports.open(context);
    }

    /** The core stopped using the driver: no more reports, and the devices are let go. */
    @Override
    public void close() {
        reports.close();
        connections.closeAll();
    }

    @Deactivate
    void deactivate() {
        close();
        io.shutdownNow();
    }

    @Override
    public CompletionStage<Void> play(PlayRequest request) {
        return perDevice(request.terminals(), (link, ids) -> link.play(request, ids));
    }

    @Override
    public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals) {
        return perDevice(terminals, (link, ids) -> link.stop(broadcastId, ids));
    }

    @Override
    public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
        if (volumePercent < 0 || volumePercent > 100) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("volume out of 0-100: " + volumePercent));
        }
        return perDevice(List.of(terminal), (link, ids) -> link.setVolume(ids.get(0), volumePercent));
    }

    /** The last status the terminal reported (UNKNOWN before any); also asks the device for a fresh one. */
    @Override
    public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
        perDevice(List.of(terminal), (link, ids) -> link.requestStatus(ids.get(0)));
        return CompletableFuture.completedFuture(reports.lastStatus(terminal.terminalId()));
    }

    /** One blocking protocol call on one device's link, for the terminals behind it. */
    @FunctionalInterface
    interface DeviceCall {
        void run(DeviceLink link, List<String> terminalIds) throws java.io.IOException;
    }

    /**
     * Runs the call once per device on the I/O pool; completes when every device has taken its command, fails when
     * one could not be reached, refused it or did not answer in time (the core then retries by its own policy).
     */
    private CompletableFuture<Void> perDevice(List<TerminalBinding> terminals, DeviceCall call) {
        Map<DeviceAddress, List<String>> byDevice = new LinkedHashMap<>();
        try {
            for (TerminalBinding t : terminals) {
                byDevice.computeIfAbsent(DeviceAddress.of(t), k -> new ArrayList<>()).add(t.terminalId());
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (Map.Entry<DeviceAddress, List<String>> e : byDevice.entrySet()) {
            CompletableFuture<Void> send = new CompletableFuture<>();
            try {
                io.execute(() -> {
                    try {
                        connections.call(e.getKey(), link -> call.run(link, e.getValue()));
                        send.complete(null);
                    } catch (Exception | LinkageError ex) {
                        send.completeExceptionally(ex);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException ex) {
                send.completeExceptionally(ex);
            }
            sends.add(send.orTimeout(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }
}
