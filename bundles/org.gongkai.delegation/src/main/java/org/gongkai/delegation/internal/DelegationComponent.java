package org.gongkai.delegation.internal;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.gongkai.delegation.BoardRow;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.DelegationService;
import org.gongkai.delegation.Reminder;
import org.gongkai.delegation.Suggestion;
import org.gongkai.delegation.ZoneSetting;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.CaseDelegation;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.platform.audit.AuditTrail;
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

/**
 * The delegation service as an OSGi component. It needs the disclosure capability's {@link CaseDelegation}: when
 * disclosure goes away this component goes with it, while disclosure never needs this one.
 */
@Component(service = DelegationService.class)
public class DelegationComponent implements DelegationService {
    private final DelegationServiceImpl service;

    @Activate
    public DelegationComponent(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=delegation)") SchemaReady schema,
            @Reference CaseDelegation cases, @Reference DisclosureService disclosure, @Reference Transactions tx,
            @Reference AuditTrail audit, @Reference RegionService regions, @Reference WorkingDayCalendar calendar,
            @Reference PlatformClock clock) {
        this.service = new DelegationServiceImpl(new DelegationStore(new Jdbc(dataSource)), cases, disclosure, regions, calendar, tx, audit,
                clock.clock());
    }

    /** The report as CSV (UTF-8 with BOM). */
    public String reportCsv(Actor actor, LocalDate from, LocalDate to) {
        return DelegationReportCalculator.csv(service.report(actor, from, to));
    }

    @Override
    public List<ZoneSetting> zones(Actor actor) {
        return service.zones(actor);
    }

    @Override
    public ZoneSetting saveZone(Actor actor, ZoneSetting setting) {
        return service.saveZone(actor, setting);
    }

    @Override
    public List<DelegationRule> rules(Actor actor) {
        return service.rules(actor);
    }

    @Override
    public DelegationRule addRule(Actor actor, DelegationRule rule) {
        return service.addRule(actor, rule);
    }

    @Override
    public void deleteRule(Actor actor, long id) {
        service.deleteRule(actor, id);
    }

    @Override
    public List<Suggestion> suggest(Actor actor, String number) {
        return service.suggest(actor, number);
    }

    @Override
    public ApplicationDetail delegate(Actor actor, String number, String zoneCode, String reason) {
        return service.delegate(actor, number, zoneCode, reason);
    }

    @Override
    public ApplicationDetail recall(Actor actor, String number, String reason) {
        return service.recall(actor, number, reason);
    }

    @Override
    public Reminder remind(Actor actor, String number, String note) {
        return service.remind(actor, number, note);
    }

    @Override
    public List<Reminder> reminders(Actor actor, String number) {
        return service.reminders(actor, number);
    }

    @Override
    public List<BoardRow> board(Actor actor, LocalDate from, LocalDate to) {
        return service.board(actor, from, to);
    }

    @Override
    public DelegationReport report(Actor actor, LocalDate from, LocalDate to) {
        return service.report(actor, from, to);
    }
}
