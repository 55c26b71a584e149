package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.DelegationOrder;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * Delegation and recall of cases (委托办理, 收回) on the case row: who handles it changes, nothing of its clock, its
 * agency or its report row does. Each change is one transaction with a case event and an audit entry.
 */
final class DelegationDesk {
    /** Stages in which a case can still be handed to a zone: before it goes to review. */
    static final Set<Stage> DELEGABLE = EnumSet.of(Stage.RECEIVED, Stage.REGISTERED, Stage.CORRECTION, Stage.DRAFTING);

    private final DisclosureServiceImpl cases;
    private final ApplicationStore store;
    private final Transactions tx;
    private final AuditTrail audit;
    private final RegionService regions;
    private final Clock clock;
    private final Defaults defaults;

    /** The principal's name and the reconsideration organ a delegation takes when the order leaves them blank. */
    record Defaults(String principal, String reconsiderationOrgan) {
    }

    DelegationDesk(DisclosureServiceImpl cases, Transactions tx, AuditTrail audit, RegionService regions, Clock clock,
            Defaults defaults) {
        this.cases = cases;
        this.store = cases.store();
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
        this.defaults = defaults;
    }

    ApplicationDetail delegate(Actor actor, String number, DelegationOrder order) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        if (order == null) {
            throw ValidationException.of("body", "缺少委托内容", "The delegation is empty");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = Inputs.name(errors, "reason", order.reason(), 200);
        String principal = optional(errors, "principal", order.principal(), defaults.principal(), 60);
        String organ = optional(errors, "reconsiderationOrgan", order.reconsiderationOrgan(),
                defaults.reconsiderationOrgan(), 100);
        Agency zone = order.zoneCode() == null ? null : regions.agency(order.zoneCode().strip()).orElse(null);
        if (zone == null || !zone.active() || zone.kind() != AgencyKind.DEVELOPMENT_ZONE) {
            errors.add(FieldError.of("zoneCode", "受托单位须为开发区管委会", "The delegate must be a development-zone committee"));
        }
        Inputs.check(errors);
        tx.required(() -> {
            AppRow r = cases.locked(actor, number);
            Agency own = regions.agency(r.agencyCode()).orElse(null);
            if (own == null || own.kind() != AgencyKind.GOVERNMENT && own.kind() != AgencyKind.OPENNESS_OFFICE) {
                throw new ConflictException(Message.of("只有向县政府提出的申请可以委托开发区办理",
                        "Only applications addressed to the government can be delegated"));
            }
            if (r.handling().delegated()) {
                throw new ConflictException(Message.of("该申请已委托" + r.handlingAgency() + "办理，须先收回",
                        "The case is delegated to " + r.handlingAgency() + " already; recall it first"));
            }
            if (!DELEGABLE.contains(r.stage())) {
                throw new ConflictException(Message.of("当前阶段「" + r.stage().nameZh() + "」不能委托办理",
                        "A case in stage \"" + r.stage().nameEn() + "\" cannot be delegated"));
            }
            store.setHandling(r.id(), new AppRow.Handling(zone.code(), clock.instant(), principal, organ),
                    clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "DELEGATE", r.stage(), r.stage(),
                    "委托" + zone.name() + "代" + principal + "办理：" + reason);
            redraft(actor, number, r.id());
            audit.append(actor, "DISCLOSURE_DELEGATED", DisclosureServiceImpl.OBJECT_TYPE, number,
                    "zone=" + zone.code() + " principal=" + principal + ": " + reason);
        });
        return cases.detail(actor, number, false);
    }

    ApplicationDetail recall(Actor actor, String number, String reason) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String why = Inputs.name(errors, "reason", reason, 200);
        Inputs.check(errors);
        tx.required(() -> {
            AppRow r = cases.locked(actor, number);
            if (!r.handling().delegated()) {
                throw new ConflictException(Message.of("该申请未委托办理", "The case is not delegated"));
            }
            if (r.stage().closed()) {
                throw new ConflictException(Message.of("已办结的申请不能收回", "A closed case cannot be recalled"));
            }
            String zone = r.handlingAgency();
            store.setHandling(r.id(), AppRow.Handling.NONE, clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "RECALL", r.stage(), r.stage(),
                    "收回委托（" + regions.agency(zone).map(Agency::name).orElse(zone) + "）：" + why);
            redraft(actor, number, r.id());
            audit.append(actor, "DISCLOSURE_DELEGATION_RECALLED", DisclosureServiceImpl.OBJECT_TYPE, number,
                    "zone=" + zone + ": " + why);
        });
        return cases.detail(actor, number, false);
    }

    /** Facts of the cases received in a period that the actor may see (office, administrators, auditors, zones). */
    List<CaseFacts> cases(Actor actor, LocalDate from, LocalDate to, boolean delegatedOnly) {
        actor.requireAnyRole(Role.OFFICE_HEAD, Role.ADMIN, Role.AUDITOR, Role.ZONE_STAFF);
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("from", "请给出起止日期（起始不晚于截止）", "Give a period whose start is not after its end");
        }
        LocalDate today = cases.today();
        List<CaseFacts> out = new ArrayList<>();
        for (AppRow r : store.receivedBetween(from, to, delegatedOnly)) {
            if (cases.sees(actor, r)) {
                out.add(facts(r, today));
            }
        }
        return out;
    }

    CaseFacts facts(Actor actor, String number) {
        AppRow r = store.byNumber(number == null ? "" : number)
                .orElseThrow(() -> new NotFoundException("申请 application", number));
        if (!cases.sees(actor, r)) {
            throw new NotFoundException("申请 application", number);
        }
        return facts(r, cases.today());
    }

    private CaseFacts facts(AppRow r, LocalDate today) {
        List<String> codes = store.items(r.id()).stream().map(ApplicationDetail.Item::catalogCode)
                .filter(Objects::nonNull).distinct().toList();
        return new CaseFacts(r.number(), r.title(), r.agencyCode(), r.handlingAgency(), r.handling().delegatedAt(),
                r.stage(), r.receiptDate(), r.replyDue(), r.flow().closedOn(), r.flow().reportRow(),
                overdue(r.replyDue(), r.flow().closedOn(), today), codes);
    }

    /** Whether the reply date passed before the case closed, or before today while it is open. */
    static boolean overdue(LocalDate replyDue, LocalDate closedOn, LocalDate today) {
        return replyDue != null && (closedOn != null ? closedOn : today).isAfter(replyDue);
    }

    /** A draft reply names who signs it; recompose it for the new hands (staff's edits to it are replaced). */
    private void redraft(Actor actor, String number, long id) {
        ApplicationDetail d = cases.detail(actor, number, false);
        if (d.stage() == Stage.DRAFTING || d.stage() == Stage.REVIEW) {
            cases.letters().redraftReply(id, d, cases.today(), clock.instant(), actor.username());
        }
    }

    private static String optional(List<FieldError> errors, String field, String value, String fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Inputs.name(errors, field, value, max);
    }
}
