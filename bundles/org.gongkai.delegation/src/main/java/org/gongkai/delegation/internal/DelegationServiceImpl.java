package org.gongkai.delegation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.delegation.BoardRow;
import org.gongkai.delegation.DelegationReport;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.DelegationService;
import org.gongkai.delegation.Reminder;
import org.gongkai.delegation.RuleKind;
import org.gongkai.delegation.Suggestion;
import org.gongkai.delegation.ZoneMode;
import org.gongkai.delegation.ZoneSetting;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.CaseDelegation;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.DelegationOrder;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * Delegation over its store and the disclosure capability's {@link CaseDelegation}: zone settings and rules with
 * their checks, suggestions, delegation and recall, reminders, the board and the report. Plain Java;
 * {@link DelegationComponent} offers it as the OSGi service.
 */
final class DelegationServiceImpl implements DelegationService {
    static final String OBJECT_TYPE = "delegation.zone";
    /** How deep the regions under a zone's region are taken as its place names (towns, then villages). */
    private static final int PLACE_DEPTH = 2;

    private final DelegationStore store;
    private final CaseDelegation cases;
    private final DisclosureService disclosure;
    private final RegionService regions;
    private final WorkingDayCalendar calendar;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;

    DelegationServiceImpl(DelegationStore store, CaseDelegation cases, DisclosureService disclosure,
            RegionService regions, WorkingDayCalendar calendar, Transactions tx, AuditTrail audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.disclosure = disclosure;
        this.regions = regions;
        this.calendar = calendar;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ZoneSetting> zones(Actor actor) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.AUDITOR, Role.REGISTRAR, Role.ZONE_STAFF);
        Map<String, DelegationStore.StoredZone> stored = store.zones();
        return zoneAgencies().stream().map(a -> setting(a, stored.get(a.code()))).toList();
    }

    @Override
    public ZoneSetting saveZone(Actor actor, ZoneSetting s) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        if (s == null) {
            throw ValidationException.of("body", "缺少开发区设置", "The setting is empty");
        }
        List<FieldError> errors = new ArrayList<>();
        Agency zone = zone(errors, s.zoneCode());
        if (s.mode() == null) {
            errors.add(FieldError.of("mode", "请选择委托办理或独立答复", "Choose DELEGATED or INDEPENDENT"));
        }
        String principal = optional(errors, "principal", s.principal(), 60);
        String organ = optional(errors, "reconsiderationOrgan", s.reconsiderationOrgan(), 100);
        Inputs.check(errors);
        DelegationStore.StoredZone z = new DelegationStore.StoredZone(zone.code(), s.mode(), principal, organ);
        tx.required(() -> {
            store.saveZone(z, clock.instant(), actor.username());
            audit.append(actor, "DELEGATION_ZONE_SAVED", OBJECT_TYPE, zone.code(), s.mode() + " principal="
                    + principal + " organ=" + organ);
        });
        return setting(zone, z);
    }

    @Override
    public List<DelegationRule> rules(Actor actor) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.AUDITOR, Role.REGISTRAR);
        return store.rules();
    }

    @Override
    public DelegationRule addRule(Actor actor, DelegationRule rule) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        if (rule == null) {
            throw ValidationException.of("body", "缺少规则", "The rule is empty");
        }
        List<FieldError> errors = new ArrayList<>();
        Agency zone = zone(errors, rule.zoneCode());
        if (rule.kind() == null) {
            errors.add(FieldError.of("kind", "请选择规则类型", "Choose SUBJECT, PLACE or CATALOG"));
        }
        String value = Inputs.name(errors, "value", rule.value(), 100);
        Inputs.check(errors);
        return tx.required(() -> {
            if (store.ruleExists(zone.code(), rule.kind(), value)) {
                throw new ConflictException(Message.of("该规则已存在", "The rule exists already"));
            }
            long id = store.insertRule(zone.code(), rule.kind(), value, clock.instant(), actor.username());
            audit.append(actor, "DELEGATION_RULE_ADDED", OBJECT_TYPE, zone.code(), rule.kind() + "=" + value);
            return new DelegationRule(id, zone.code(), rule.kind(), value);
        });
    }

    @Override
    public void deleteRule(Actor actor, long id) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        tx.required(() -> {
            DelegationRule r = store.rules().stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("规则 rule", Long.toString(id)));
            store.deleteRule(id);
            audit.append(actor, "DELEGATION_RULE_DELETED", OBJECT_TYPE, r.zoneCode(), r.kind() + "=" + r.value());
        });
    }

    @Override
    public List<Suggestion> suggest(Actor actor, String number) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.REGISTRAR);
        ApplicationDetail d = disclosure.get(actor, number);
        DelegationSuggester.CaseText text = new DelegationSuggester.CaseText(d.title(),
                d.items().stream().map(ApplicationDetail.Item::description).toList(),
                d.items().stream().map(ApplicationDetail.Item::catalogCode).filter(c -> c != null).toList());
        Map<String, DelegationStore.StoredZone> stored = store.zones();
        List<DelegationRule> rules = store.rules();
        List<DelegationSuggester.Zone> zones = new ArrayList<>();
        for (Agency a : zoneAgencies()) {
            if (setting(a, stored.get(a.code())).mode() != ZoneMode.DELEGATED) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(a.name()));
            if (a.shortName() != null) {
                names.add(a.shortName());
            }
            zones.add(new DelegationSuggester.Zone(a.code(), a.name(), names, placesUnder(a.regionCode()),
                    rules.stream().filter(r -> r.zoneCode().equals(a.code())).toList()));
        }
        return DelegationSuggester.suggest(text, zones);
    }

    @Override
    public ApplicationDetail delegate(Actor actor, String number, String zoneCode, String reason) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        Agency zone = zone(errors, zoneCode);
        Inputs.check(errors);
        ZoneSetting s = setting(zone, store.zone(zone.code()).orElse(null));
        if (s.mode() != ZoneMode.DELEGATED) {
            throw new ConflictException(Message.of(zone.name() + "为独立答复的开发区，不能委托办理",
                    zone.name() + " answers as an agency of its own; nothing is delegated to it"));
        }
        return cases.delegate(actor, number, new DelegationOrder(zone.code(), reason, s.principal(),
                s.reconsiderationOrgan()));
    }

    @Override
    public ApplicationDetail recall(Actor actor, String number, String reason) {
        return cases.recall(actor, number, reason);
    }

    @Override
    public Reminder remind(Actor actor, String number, String note) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String text = Inputs.name(errors, "note", note == null || note.isBlank() ? "请抓紧办理，按期答复" : note, 500);
        Inputs.check(errors);
        CaseFacts f = cases.facts(actor, number);
        if (f.handlingAgencyCode() == null || f.stage().closed()) {
            throw new ConflictException(Message.of("只能催办正在委托办理中的申请", "Only open delegated cases can be reminded"));
        }
        return tx.required(() -> {
            long id = store.insertReminder(f.number(), f.handlingAgencyCode(), text, clock.instant(), actor.username());
            audit.append(actor, "DELEGATION_REMINDED", "disclosure.application", f.number(), "zone="
                    + f.handlingAgencyCode() + ": " + text);
            return new Reminder(id, f.number(), f.handlingAgencyCode(), text, clock.instant(), actor.username());
        });
    }

    @Override
    public List<Reminder> reminders(Actor actor, String number) {
        CaseFacts f = cases.facts(actor, number);
        return store.reminders(f.number());
    }

    @Override
    public List<BoardRow> board(Actor actor, LocalDate from, LocalDate to) {
        List<CaseFacts> delegated;
        if (from == null && to == null) {
            // the default board: every open delegated case, whenever received, and those closed in the last 30 days
            LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
            delegated = cases.cases(actor, today.minusYears(3), today, true).stream()
                    .filter(c -> c.closedOn() == null || !c.closedOn().isBefore(today.minusDays(30))).toList();
        } else {
            delegated = cases.cases(actor, from, to, true);
        }
        Map<String, Integer> reminders = store.reminderCounts();
        return delegated.stream().map(c -> new BoardRow(c, zoneName(c.handlingAgencyCode()),
                reminders.getOrDefault(c.number(), 0))).toList();
    }

    @Override
    public DelegationReport report(Actor actor, LocalDate from, LocalDate to) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.AUDITOR);
        List<CaseFacts> all = cases.cases(actor, from, to, false);
        Map<String, DelegationStore.StoredZone> stored = store.zones();
        List<DelegationRule> rules = store.rules();
        // zones set to delegation, and any zone that still handles a case of the period (set independent since)
        Map<String, DelegationReportCalculator.ZoneKind> zones = new LinkedHashMap<>();
        for (Agency a : zoneAgencies()) {
            boolean delegated = setting(a, stored.get(a.code())).mode() == ZoneMode.DELEGATED;
            if (delegated || all.stream().anyMatch(c -> a.code().equals(c.handlingAgencyCode()))) {
                zones.put(a.code(), new DelegationReportCalculator.ZoneKind(a.code(), a.name(), rules.stream()
                        .filter(r -> r.zoneCode().equals(a.code()) && r.kind() == RuleKind.SUBJECT)
                        .map(DelegationRule::value).toList()));
            }
        }
        return DelegationReportCalculator.compute(from, to, all, List.copyOf(zones.values()),
                (a, b) -> calendar.workingDaysBetween(a, b).days());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private List<Agency> zoneAgencies() {
        return regions.agencies().stream().filter(a -> a.kind() == AgencyKind.DEVELOPMENT_ZONE && a.active()).toList();
    }

    private String zoneName(String code) {
        return code == null ? null : regions.agency(code).map(Agency::name).orElse(code);
    }

    private static ZoneSetting setting(Agency a, DelegationStore.StoredZone z) {
        return z == null ? new ZoneSetting(a.code(), a.name(), ZoneMode.INDEPENDENT, null, null)
                : new ZoneSetting(a.code(), a.name(), z.mode(), z.principal(), z.reconsiderationOrgan());
    }

    private Agency zone(List<FieldError> errors, String code) {
        Agency a = code == null ? null : regions.agency(code.strip()).orElse(null);
        if (a == null || !a.active() || a.kind() != AgencyKind.DEVELOPMENT_ZONE) {
            errors.add(FieldError.of("zoneCode", "请选择开发区管委会", "Choose a development-zone committee"));
            return null;
        }
        return a;
    }

    /** Names of the zone's region and the regions under it (towns, villages), as place names. */
    private List<String> placesUnder(String regionCode) {
        List<String> names = new ArrayList<>();
        if (regionCode == null) {
            return names;
        }
        regions.region(regionCode).map(Region::name).ifPresent(names::add);
        List<String> level = List.of(regionCode);
        for (int depth = 0; depth < PLACE_DEPTH && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String code : level) {
                for (Region r : regions.children(code)) {
                    names.add(r.name());
                    next.add(r.code());
                }
            }
            level = next;
        }
        return names;
    }

    private static String optional(List<FieldError> errors, String field, String value, int max) {
        return value == null || value.isBlank() ? null : Inputs.name(errors, field, value, max);
    }
}
