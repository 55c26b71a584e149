package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broadcast core as an OSGi component: collects speaker drivers dynamically (a driver bundle in deploy/ starts
 * serving its terminals, removing it leaves them waiting as "driver missing", its return resumes them), records their
 * receipts and status off the drivers' threads, and re-sends released emergencies on a timer.
 */
@Component(service = {}, immediate = true, configurationPid = "org.gongkai.broadcast")
@Designate(ocd = BroadcastCore.Config.class)
public class BroadcastCore {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastCore.class);

    @ObjectClassDefinition(name = "Gongkai broadcast (大喇叭)", description = "Drivers, delivery, emergency re-sending "
            + "and the automatic content checks")
    public @interface Config {
        @AttributeDefinition(name = "Driver timeout (ms)", description = "A driver call that has not answered by then "
                + "counts as failed; the driver keeps its own threads, so it delays nobody else")
        long driverTimeoutMillis() default 10000;

        @AttributeDefinition(name = "Threads per driver", description = "Concurrent calls into one driver")
        int driverThreads() default 2;

        @AttributeDefinition(name = "Queue per driver", description = "Calls waiting for a busy driver; beyond it "
                + "calls are refused at once")
        int driverQueue() default 1000;

        @AttributeDefinition(name = "Receipt queue", description = "Receipts and status reports waiting to be "
                + "recorded; a full queue drops (and logs) further reports")
        int receiptQueue() default 100000;

        @AttributeDefinition(name = "Emergency re-send interval (s)", description = "A terminal that has not "
                + "reported PLAYED gets the emergency again after this")
        int resendIntervalSeconds() default 300;

        @AttributeDefinition(name = "Emergency re-send attempts", description = "Sends per terminal at most; 0 = "
                + "until the emergency expires")
        int resendMaxAttempts() default 0;

        @AttributeDefinition(name = "Re-send check (s)", description = "How often due re-sends are looked for")
        int resendCheckSeconds() default 30;

        @AttributeDefinition(name = "Longest title (characters)", description = "质量关: title length limit")
        int maxTitleChars() default 60;

        @AttributeDefinition(name = "Longest script (characters)", description = "质量关: script length limit")
        int maxTextChars() default 1500;

        @AttributeDefinition(name = "Longest programme (s)", description = "质量关: the audio's duration or the "
                + "script's estimated reading time")
        int maxSeconds() default 600;

        @AttributeDefinition(name = "Reading speed (characters per second)", description = "Used to estimate a "
                + "script's duration")
        double charsPerSecond() default 4.0;

        @AttributeDefinition(name = "Forbidden words", description = "质量关: words a script must not contain, "
                + "separated by commas")
        String[] forbiddenWords() default {};
    }

    private final DriverRegistry registry = new DriverRegistry();
    private final ThreadPoolExecutor receiptWorker;
    private final ScheduledExecutorService timer;
    private final Dispatcher dispatcher;
    private final DeliveryService delivery;

    @Activate
    public BroadcastCore(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=broadcast)") SchemaReady schema,
            @Reference Transactions tx, @Reference PlatformClock platformClock, Config config) {
        Clock clock = platformClock.clock();
        Jdbc jdbc = new Jdbc(dataSource);
        this.receiptWorker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.receiptQueue())), r -> daemon(r, "gongkai-bc-receipts"));
        this.dispatcher = new Dispatcher(registry, id -> new QueuedDriverContext(id, receiptWorker, this::onReceipt,
                this::onStatus), Duration.ofMillis(config.driverTimeoutMillis()), Math.max(1, config.driverThreads()),
                Math.max(1, config.driverQueue()));
        QualityCheck quality = new QualityCheck(config.maxTitleChars(), config.maxTextChars(), config.maxSeconds(),
                config.charsPerSecond(), new ForbiddenWords(Set.of(config.forbiddenWords())));
        this.delivery = new DeliveryService(new BroadcastStore(jdbc), new TerminalStore(jdbc), new DeliveryStore(jdbc),
                tx, registry, dispatcher, new ResendPolicy(Duration.ofSeconds(config.resendIntervalSeconds()),
                        config.resendMaxAttempts()), quality, clock);
        registry.addListener(new DriverRegistry.Listener() {
            @Override
            public void driverAvailable(String id, BroadcastDriver driver) {
                // the waiting deliveries are looked up on the worker, not on the OSGi thread that binds the driver
                receiptWorker.execute(() -> delivery.driverAvailable(id).exceptionally(e -> {
                    LOG.warn("Resuming the terminals of driver {} failed", id, e);
                    return null;
                }));
            }

            @Override
            public void driverGone(String id, BroadcastDriver driver) {
                // nothing to write: deliveries through a missing driver are recorded OFFLINE when they are due
            }
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gongkai-bc-resend"));
        int every = Math.max(5, config.resendCheckSeconds());
        timer.scheduleWithFixedDelay(this::resend, every, every, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDriver(BroadcastDriver driver) {
        registry.add(driver);
    }

    void removeDriver(BroadcastDriver driver) {
        registry.remove(driver);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        registry.ids().forEach(id -> registry.driver(id).ifPresent(registry::remove));
        dispatcher.close();
        receiptWorker.shutdown();
    }

    private void onReceipt(org.gongkai.broadcast.spi.Receipt r) {
        delivery.receipt(r);
    }

    private void onStatus(org.gongkai.broadcast.spi.TerminalStatus s) {
        delivery.status(s);
    }

    private void resend() {
        try {
            delivery.resendDue().get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Emergency re-send round failed", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
