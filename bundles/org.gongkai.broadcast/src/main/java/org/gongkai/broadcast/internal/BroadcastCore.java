package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gongkai.broadcast.BroadcastEvents;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.BroadcastStatistics;
import org.gongkai.broadcast.BroadcastSummary;
import org.gongkai.broadcast.BroadcastView;
import org.gongkai.broadcast.DeliveryReport;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.DriverInfo;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.RegionTerminals;
import org.gongkai.broadcast.ScheduleBoard;
import org.gongkai.broadcast.TerminalImport;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.broadcast.TerminalView;
import org.gongkai.broadcast.audio.AudioFile;
import org.gongkai.broadcast.audio.AudioInfo;
import org.gongkai.broadcast.audio.BroadcastAudioService;
import org.gongkai.broadcast.audio.SpeechStatus;
import org.gongkai.broadcast.speech.SpeechSynthesizer;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.platform.crypto.KeyFiles;
import org.gongkai.platform.crypto.SecretCipher;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
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
 * receipts and status off the drivers' threads, re-sends released emergencies and plays the daily slots
 * ({@link SlotPlayer}) on a timer, and offers the
 * {@link BroadcastService} (delegating to {@link BroadcastServiceImpl}).
 */
@Component(service = {BroadcastService.class, BroadcastAudioService.class}, immediate = true,
        configurationPid = "org.gongkai.broadcast")
@Designate(ocd = BroadcastCore.Config.class)
public class BroadcastCore implements BroadcastService, BroadcastAudioService {
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

        @AttributeDefinition(name = "Largest audio upload (MB)", description = "语音: recordings (WAV or MP3) "
                + "larger than this are refused")
        int maxAudioMegabytes() default 20;

        @AttributeDefinition(name = "Audio base URL for terminals", description = "Scheme, host and port under "
                + "which terminals fetch audio, e.g. http://10.0.0.5:8181; blank = this machine's first network "
                + "address and the HTTP port")
        String audioBaseUrl() default "";

        @AttributeDefinition(name = "Audio link validity (h)", description = "How long a signed audio link sent "
                + "to terminals can be fetched; every send makes a new one")
        int audioLinkHours() default 24;

        @AttributeDefinition(name = "Forbidden words", description = "质量关: words a script must not contain, "
                + "separated by commas")
        String[] forbiddenWords() default {};

        @AttributeDefinition(name = "Categories", description = "栏目 of routine broadcasts, in menu order")
        String[] categories() default {"政策宣传", "通知公告", "防汛防灾", "农业生产", "卫生健康", "乡村振兴", "法治宣传", "其他"};

        @AttributeDefinition(name = "Emergency agencies", description = "Codes of the agencies whose emergency "
                + "officers may issue and approve emergency broadcasts")
        String[] emergencyAgencies() default {"LC-YJGLJ", "LC-QXJ", "LC-SLJ"};

        @AttributeDefinition(name = "County reviews township items", description = "Whether county broadcast "
                + "reviewers may also review the items of one township")
        boolean countyReviewsTownshipItems() default true;

        @AttributeDefinition(name = "Terminal secrets key file", description = "AES-256 key sealing the secret "
                + "terminal settings (passwords, tokens) in the database; blank = etc/gongkai/broadcast-secrets.key. "
                + "Back it up apart from the database")
        String secretKeyFile() default "";

        @AttributeDefinition(name = "Daily slots", description = "一天三时段: the times (Asia/Shanghai) of the "
                + "morning, noon and evening slots (早/中/晚) of every township without its own, comma-separated")
        String slots() default "07:00,12:00,19:00";

        @AttributeDefinition(name = "Daily slots per township", description = "Townships with their own slot "
                + "times, each written <township code>:<morning>|<noon>|<evening>, e.g. 450323102:06:30|12:00|18:30")
        String[] slotsPerTownship() default {};

        @AttributeDefinition(name = "Slot grace (minutes)", description = "A slot missed while the platform was "
                + "down is still played this late; beyond it the slot is skipped and logged")
        int slotGraceMinutes() default 30;

        @AttributeDefinition(name = "Slot check (s)", description = "How often due slots are looked for; a slot "
                + "decided within this much of its time counts as on time")
        int slotCheckSeconds() default 30;

        @AttributeDefinition(name = "Slot look-back (hours)", description = "How far back a check decides slots "
                + "not decided yet (skipping those beyond the grace window); older ones are ignored. At most 24")
        int slotLookbackHours() default 6;
    }

    private final DriverRegistry registry = new DriverRegistry();
    /** Longer jobs off the OSGi threads (resuming the terminals of a driver that came back). */
    private final ThreadPoolExecutor driverJobs;
    private final ReportWriter reports;
    private final ScheduledExecutorService timer;
    private final Dispatcher dispatcher;
    private final DeliveryService delivery;
    private final BroadcastServiceImpl service;
    private final Synthesizers synthesizers = new Synthesizers();
    private final AudioDesk audio;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final SlotPlayer slots;

    @Activate
    public BroadcastCore(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=broadcast)") SchemaReady schema,
            @Reference Transactions tx, @Reference PlatformClock platformClock, @Reference AuditTrail audit,
            @Reference RegionService regions, Config config) {
        Clock clock = platformClock.clock();
        Jdbc jdbc = new Jdbc(dataSource);
        this.driverJobs = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.receiptQueue())), r -> daemon(r, "gongkai-bc-driver-jobs"));
        this.reports = new ReportWriter(tx, config.receiptQueue(), 500, "gongkai-bc-reports");
        this.dispatcher = new Dispatcher(registry, id -> new QueuedDriverContext(id, reports, this::onReceipt,
                this::onStatus), Duration.ofMillis(config.driverTimeoutMillis()), Math.max(1, config.driverThreads()),
                Math.max(1, config.driverQueue()));
        QualityCheck quality = new QualityCheck(config.maxTitleChars(), config.maxTextChars(), config.maxSeconds(),
                config.charsPerSecond(), new ForbiddenWords(Set.of(config.forbiddenWords())));
        BroadcastStore broadcasts = new BroadcastStore(jdbc);
        Path keyFile = config.secretKeyFile().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "gongkai", "broadcast-secrets.key")
                : Path.of(config.secretKeyFile());
        SecretCipher cipher = new SecretCipher(KeyFiles.loadOrCreate(keyFile, "terminal-secrets"));
        TerminalStore terminals = new TerminalStore(jdbc, new TerminalSecrets(cipher));
        DeliveryStore deliveries = new DeliveryStore(jdbc);
        TargetScope scope = new TargetScope(regions, terminals::find);
        ReviewChain chain = new ReviewChain(quality, scope, new ReviewPolicy(config.countyReviewsTownshipItems(),
                Set.of(config.emergencyAgencies())), clock);
        this.audio = new AudioDesk(new AudioStore(jdbc), broadcasts, chain, scope, synthesizers, new AudioLinks(
                cipher.derive("broadcast-audio-links"), config.audioBaseUrl().isBlank() ? AudioLinks.defaultBaseUrl()
                        : config.audioBaseUrl().strip(), Duration.ofHours(Math.max(1, config.audioLinkHours())), clock),
                tx, audit, Math.max(1, config.maxAudioMegabytes()) * 1024 * 1024, config.maxSeconds(), clock,
                AudioDesk.SUBMISSION_RETRY_DELAY);
        this.delivery = new DeliveryService(broadcasts, terminals, deliveries, tx, registry, dispatcher,
                new ResendPolicy(Duration.ofSeconds(config.resendIntervalSeconds()), config.resendMaxAttempts()),
                quality, clock, audio);
        TerminalDesk desk = new TerminalDesk(terminals, registry, dispatcher, regions, new BroadcastAccess(scope), tx,
                audit, delivery::status, clock);
        int every = Math.max(5, config.slotCheckSeconds());
        Duration tolerance = Duration.ofSeconds(every);
        Duration grace = max(tolerance, Duration.ofMinutes(Math.min(24 * 60, Math.max(0, config.slotGraceMinutes()))));
        SlotSchedule schedule = SlotSchedule.fromConfig(config.slots(), config.slotsPerTownship(), tolerance, grace,
                max(grace, Duration.ofHours(Math.max(1, Math.min(24, config.slotLookbackHours())))));
        FiredSlots fired = new JdbcFiredSlots(jdbc);
        SlotPlaylist playlist = new SlotPlaylist(broadcasts, scope, regions);
        this.slots = new SlotPlayer(schedule, fired, CHINA, playlist, broadcasts, delivery, tx, audit, clock);
        this.service = new BroadcastServiceImpl(jdbc, broadcasts, deliveries, chain, scope, delivery, desk,
                new BroadcastStats(broadcasts, deliveries, scope, regions), new ScheduleDesk(schedule, playlist, fired,
                        new BroadcastAccess(scope), clock, CHINA), tx, audit, List.of(config.categories()),
                this::post, clock, audio);
        registry.addListener(new DriverRegistry.Listener() {
            @Override
            public void driverAvailable(String id, BroadcastDriver driver) {
                // the waiting deliveries are looked up on the worker, not on the OSGi thread that binds the driver
                driverJobs.execute(() -> delivery.driverAvailable(id).exceptionally(e -> {
                    LOG.warn("Resuming the terminals of driver {} failed", id, e);
                    return null;
                }));
            }

            @Override
            public void driverGone(String id, BroadcastDriver driver) {
                // nothing to write: deliveries through a missing driver are recorded OFFLINE when they are due
            }
        });
        // two threads: a slot round waiting for slow drivers does not hold up the emergency re-sends
        this.timer = Executors.newScheduledThreadPool(2, r -> daemon(r, "gongkai-bc-timer"));
        int resendEvery = Math.max(5, config.resendCheckSeconds());
        timer.scheduleWithFixedDelay(this::resend, resendEvery, resendEvery, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::playSlots, 5, every, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDriver(BroadcastDriver driver) {
        registry.add(driver);
    }

    void removeDriver(BroadcastDriver driver) {
        registry.remove(driver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSynthesizer(SpeechSynthesizer synthesizer, Map<String, Object> properties) {
        synthesizers.add(synthesizer, properties);
    }

    void removeSynthesizer(SpeechSynthesizer synthesizer) {
        synthesizers.remove(synthesizer);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        registry.ids().forEach(id -> registry.driver(id).ifPresent(registry::remove));
        dispatcher.close();
        driverJobs.shutdown();
        reports.close();
        audio.close();
    }

    private void post(String topic, String broadcastId) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(topic, Map.of(BroadcastEvents.ID, broadcastId)));
        }
    }

    @Override
    public List<String> categories() {
        return service.categories();
    }

    @Override
    public List<DriverInfo> drivers(Actor actor) {
        return service.drivers(actor);
    }

    @Override
    public List<RegionTerminals> terminalTree(Actor actor, String regionCode) {
        return service.terminalTree(actor, regionCode);
    }

    @Override
    public List<TerminalView> terminals(Actor actor, String regionCode) {
        return service.terminals(actor, regionCode);
    }

    @Override
    public TerminalView bindTerminal(Actor actor, TerminalInput input) {
        return service.bindTerminal(actor, input);
    }

    @Override
    public TerminalImport importTerminals(Actor actor, String csv) {
        return service.importTerminals(actor, csv);
    }

    @Override
    public int refreshStatus(Actor actor, String regionCode) {
        return service.refreshStatus(actor, regionCode);
    }

    @Override
    public List<BroadcastSummary> list(Actor actor, BroadcastState state, BroadcastKind kind, int limit) {
        return service.list(actor, state, kind, limit);
    }

    @Override
    public BroadcastView get(Actor actor, String id) {
        return service.get(actor, id);
    }

    @Override
    public BroadcastView createDraft(Actor actor, DraftInput input) {
        return service.createDraft(actor, input);
    }

    @Override
    public BroadcastView updateDraft(Actor actor, String id, DraftInput input) {
        return service.updateDraft(actor, id, input);
    }

    @Override
    public BroadcastView submit(Actor actor, String id) {
        return service.submit(actor, id);
    }

    @Override
    public BroadcastView approve(Actor actor, String id, String comment) {
        return service.approve(actor, id, comment);
    }

    @Override
    public BroadcastView reject(Actor actor, String id, String comment) {
        return service.reject(actor, id, comment);
    }

    @Override
    public BroadcastView release(Actor actor, String id) {
        return service.release(actor, id);
    }

    @Override
    public BroadcastView cancel(Actor actor, String id, String reason) {
        return service.cancel(actor, id, reason);
    }

    @Override
    public BroadcastView issueEmergency(Actor actor, EmergencyInput input) {
        return service.issueEmergency(actor, input);
    }

    @Override
    public BroadcastView importCap(Actor actor, String xml) {
        return service.importCap(actor, xml);
    }

    @Override
    public DeliveryReport delivery(Actor actor, String id) {
        return service.delivery(actor, id);
    }

    @Override
    public DeliveryReport deliverySummary(Actor actor, String id) {
        return service.deliverySummary(actor, id);
    }

    @Override
    public List<DeliveryReport.Line> terminalDeliveries(Actor actor, String terminalId) {
        return service.terminalDeliveries(actor, terminalId);
    }

    @Override
    public BroadcastStatistics statistics(Actor actor, int year) {
        return service.statistics(actor, year);
    }

    @Override
    public ScheduleBoard schedule(Actor actor, LocalDate date, String township) {
        return service.schedule(actor, date, township);
    }

    // -- BroadcastAudioService (语音), delegating to the AudioDesk --

    @Override
    public SpeechStatus speech() {
        return audio.speech();
    }

    @Override
    public List<AudioInfo> list(Actor actor, String broadcastId) {
        return audio.list(actor, broadcastId);
    }

    @Override
    public AudioInfo upload(Actor actor, String broadcastId, String label, InputStream data) {
        return audio.upload(actor, broadcastId, label, data);
    }

    @Override
    public CompletableFuture<AudioInfo> synthesize(Actor actor, String broadcastId) {
        return audio.synthesize(actor, broadcastId);
    }

    @Override
    public List<AudioInfo> choose(Actor actor, String broadcastId, String audioId) {
        return audio.choose(actor, broadcastId, audioId);
    }

    @Override
    public void delete(Actor actor, String broadcastId, String audioId) {
        audio.delete(actor, broadcastId, audioId);
    }

    @Override
    public AudioFile open(Actor actor, String audioId) {
        return audio.open(actor, audioId);
    }

    @Override
    public AudioFile openSigned(String audioId, String expires, String signature) {
        return audio.openSigned(audioId, expires, signature);
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

    private void playSlots() {
        try {
            slots.tick().get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Daily slot round failed", e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
