package org.gongkai.broadcast.driver.demo.internal;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code demo} speaker driver: terminals simulated in this process, for demonstrations and training. */
@Component(service = BroadcastDriver.class, configurationPid = "org.gongkai.broadcast.driver.demo",
        property = DemoSpeakerDriver.PROPERTY + "=" + DemoSpeakerDriver.ID)
@Designate(ocd = DemoSpeakerDriver.Config.class)
public class DemoSpeakerDriver implements BroadcastDriver {
    static final String ID = "demo";
    /** Service property naming the driver, so demo data can wait for this one. */
    static final String PROPERTY = "gongkai.broadcast.driver";

    @ObjectClassDefinition(name = "Gongkai demo speaker driver", description = "Simulated terminals for "
            + "demonstrations: latency, playback time, offline and faulty shares")
    public @interface Config {
        @AttributeDefinition(name = "Shortest acknowledgement (ms)", description = "Latency before a terminal "
                + "acknowledges, at least")
        int ackMinMillis() default 200;

        @AttributeDefinition(name = "Longest acknowledgement (ms)", description = "Latency before a terminal "
                + "acknowledges, at most")
        int ackMaxMillis() default 2500;

        @AttributeDefinition(name = "Offline terminals (%)", description = "Share of terminals that never answer")
        int offlinePercent() default 3;

        @AttributeDefinition(name = "Faulty terminals (%)", description = "Share of terminals that acknowledge and "
                + "then report a fault")
        int faultPercent() default 2;

        @AttributeDefinition(name = "Reading speed (characters per second)", description = "Used for the playing time")
        double charsPerSecond() default 4.0;

        @AttributeDefinition(name = "Shortest programme (s)", description = "Playing time at least")
        int minPlaySeconds() default 5;

        @AttributeDefinition(name = "Longest programme (s)", description = "Playing time at most (kept short so a "
                + "demonstration does not wait)")
        int maxPlaySeconds() default 60;
    }

    private final SimulatedTerminals.Behaviour behaviour;
    private volatile ScheduledExecutorService timer;
    private volatile SimulatedTerminals terminals;

    @Activate
    public DemoSpeakerDriver(Config config) {
        this.behaviour = new SimulatedTerminals.Behaviour(Math.max(0, config.ackMinMillis()),
                Math.max(config.ackMinMillis(), config.ackMaxMillis()), config.offlinePercent(), config.faultPercent(),
                config.charsPerSecond() > 0 ? config.charsPerSecond() : 4.0, config.minPlaySeconds() * 1000,
                Math.max(config.minPlaySeconds(), config.maxPlaySeconds()) * 1000);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "演示终端 (simulated terminals)";
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of(SettingDescriptor.string("serial", "设备序列号", "Serial number shown on the speaker", false, null),
                SettingDescriptor.choice("model", "型号", "Terminal model", "IP-20W", List.of("IP-20W", "IP-60W",
                        "4G-30W")));
    }

    @Override
    public void open(DriverContext context) {
        ScheduledExecutorService t = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "gongkai-bc-demo");
            thread.setDaemon(true);
            return thread;
        });
        timer = t;
        terminals = new SimulatedTerminals(t, new Random(), Clock.systemUTC(), behaviour, context);
    }

    @Override
    public void close() {
        SimulatedTerminals s = terminals;
        if (s != null) {
            s.close();
        }
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdownNow();
        }
    }

    @Override
    public CompletionStage<Void> play(PlayRequest request) {
        return run(() -> open().play(request));
    }

    @Override
    public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> bindings) {
        return run(() -> open().stop(broadcastId, bindings.stream().map(TerminalBinding::terminalId).toList()));
    }

    @Override
    public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
        return run(() -> open().volume(terminal.terminalId(), volumePercent));
    }

    @Override
    public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
        try {
            return CompletableFuture.completedFuture(open().status(terminal.terminalId()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private SimulatedTerminals open() {
        SimulatedTerminals s = terminals;
        if (s == null) {
            throw new IllegalStateException("demo driver not opened");
        }
        return s;
    }

    private static CompletionStage<Void> run(Runnable r) {
        try {
            r.run();
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
