package org.gongkai.disclosure.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.CalendarEvents;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure service as an OSGi component: typed configuration, and the due dates of open cases recomputed when
 * the working-day calendar changes.
 */
@Component(service = {DisclosureService.class, EventHandler.class}, configurationPid = "org.gongkai.disclosure",
        property = "event.topics=" + CalendarEvents.CHANGED)
@Designate(ocd = DisclosureComponent.Config.class)
public class DisclosureComponent implements DisclosureService, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureComponent.class);

    @ObjectClassDefinition(name = "Gongkai disclosure on application", description = "依申请公开: clocks and data protection")
    public @interface Config {
        @AttributeDefinition(name = "Online submissions confirmed automatically", description = "Art. 31 (3): count an "
                + "online application as received on the day it is submitted, because the portal confirms it at once")
        boolean onlineConfirmedOnSubmission() default true;

        @AttributeDefinition(name = "Warning (working days)", description = "A case turns orange this many working "
                + "days before its reply is due")
        int warningDays() default 5;

        @AttributeDefinition(name = "Identity-number key file", description = "Base64 AES-256 key encrypting identity "
                + "numbers at rest; empty means ${karaf.etc}/gongkai/disclosure-id.key (created on first start)")
        String idKeyFile() default "";
    }

    private final DisclosureServiceImpl service;
    private final java.util.function.Function<java.time.Clock, DisclosureServiceImpl> factory;

    @Activate
    public DisclosureComponent(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=disclosure)") SchemaReady schema,
            @Reference Transactions tx, @Reference AuditTrail audit, @Reference RegionService regions,
            @Reference WorkingDayCalendar calendar, @Reference PlatformClock clock, Config config) {
        Path keyFile = config.idKeyFile().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "gongkai", "disclosure-id.key")
                : Path.of(config.idKeyFile());
        IdCipher cipher = new IdCipher(IdKeyStore.load(keyFile));
        ApplicationStore store = new ApplicationStore(new Jdbc(dataSource));
        this.factory = c -> new DisclosureServiceImpl(store, tx, audit, regions, calendar, c, cipher,
                config.onlineConfirmedOnSubmission(), config.warningDays());
        this.service = factory.apply(clock.clock());
    }

    /** The same service acting at another time (demo data replays cases on the days they happened). */
    DisclosureServiceImpl at(java.time.Clock clock) {
        return factory.apply(clock);
    }

    /** The daily overdue check (see {@link OverdueJob}). */
    java.util.List<String> flagOverdue() {
        return service.flagOverdue();
    }

    @Override
    public void handleEvent(Event event) {
        int changed = service.recomputeOpen();
        LOG.info("Working-day calendar changed: reply due dates of {} open applications recomputed", changed);
    }

    @Override
    public ApplicationDetail register(Actor actor, NewApplication application) {
        return service.register(actor, application);
    }

    @Override
    public Page<ApplicationSummary> list(Actor actor, ApplicationQuery query) {
        return service.list(actor, query);
    }

    @Override
    public ApplicationDetail get(Actor actor, String number) {
        return service.get(actor, number);
    }

    @Override
    public ApplicationDetail act(Actor actor, String number, Action action, ActionInput input) {
        return service.act(actor, number, action, input);
    }

    @Override
    public ApplicationDetail decide(Actor actor, String number, int seq, ItemDecision decision) {
        return service.decide(actor, number, seq, decision);
    }

    @Override
    public ApplicationDetail startPause(Actor actor, String number, String kind, LocalDate from, String reason) {
        return service.startPause(actor, number, kind, from, reason);
    }

    @Override
    public ApplicationDetail endPause(Actor actor, String number, long pauseId, LocalDate to) {
        return service.endPause(actor, number, pauseId, to);
    }

    @Override
    public ApplicationDetail extend(Actor actor, String number, int days, String reason) {
        return service.extend(actor, number, days, reason);
    }

}
