package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;

/**
 * The checks that run on dates rather than on a user's action: the daily flags of overdue replies, lapsed correction
 * periods and unpaid fees, and the recomputation of open cases' due dates after a calendar change.
 */
final class DueDateChecks {
    private final DisclosureServiceImpl cases;
    private final ApplicationStore store;
    private final CaseRecordStore records;
    private final Transactions tx;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DueDateChecks(DisclosureServiceImpl cases, ApplicationStore store, CaseRecordStore records, Transactions tx,
            AuditTrail audit, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.records = records;
        this.tx = tx;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The daily overdue check: records an OVERDUE event on each open case that passed its reply date, once per due
     * date, each case in its own transaction (the same lock order as every other change: case row, then audit
     * head). Several nodes may run it; the conditional flag update lets exactly one of them record each case.
     */
    List<String> flagOverdue() {
        LocalDate today = cases.today();
        List<String> numbers = new ArrayList<>();
        for (ApplicationStore.Due o : store.newlyOverdue(today)) {
            boolean flagged = tx.required(() -> {
                if (!store.markOverdue(o.id(), o.due())) {
                    return false;
                }
                int late = calendar.workingDaysBetween(o.due(), today).days();
                store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "OVERDUE", null, null,
                        "答复期限 " + o.due() + " 已过，逾期 " + late + " 个工作日");
                audit.append(Actor.SYSTEM, "DISCLOSURE_OVERDUE", DisclosureServiceImpl.OBJECT_TYPE, o.number(), "due " + o.due() + ", "
                        + late + " working days late");
                return true;
            });
            if (flagged) {
                numbers.add(o.number());
            }
        }
        return numbers;
    }

    /** Recomputes the due dates of all open cases (after a new holiday notice); answers how many changed. */
    int recomputeOpen() {
        return tx.required(() -> {
            int changed = 0;
            for (AppRow r : store.open()) {
                AppRow now = cases.withDue(r, store.pauses(r.id()));
                if (!java.util.Objects.equals(now.replyDue(), r.replyDue())) {
                    store.update(now, clock.instant());
                    store.insertEvent(r.id(), clock.instant(), "system", "RECOMPUTE", r.stage(), r.stage(),
                            "工作日历变更，答复期限由 " + r.replyDue() + " 改为 " + now.replyDue());
                    boolean printed = records.letters(r.id()).stream().anyMatch(l -> "ISSUED".equals(l.status())
                            && ("EXTENSION".equals(l.kind())));
                    if (printed) {
                        // the applicant holds a letter that names the old date: staff must tell them the new one
                        store.insertEvent(r.id(), clock.instant(), "system", "LETTER_DATE_CHANGED", r.stage(), r.stage(),
                                "已签发的延期答复告知书载明的答复期限 " + r.replyDue() + " 已因工作日历变更改为 "
                                        + now.replyDue() + "，请重新告知申请人");
                        audit.append(Actor.SYSTEM, "DISCLOSURE_LETTER_DATE_CHANGED", DisclosureServiceImpl.OBJECT_TYPE, r.number(),
                                r.replyDue() + " -> " + now.replyDue());
                    }
                    changed++;
                }
            }
            return changed;
        });
    }

    /**
     * The daily flags: a correction period that ended without a correction (staff must now record whether the
     * applicant had good reason; only then is the case deemed abandoned — Art. 30), and a fee not paid in time
     * (staff may close the case). Each case in its own transaction, once.
     */
    List<String> flagLapses() {
        LocalDate today = cases.today();
        List<String> flagged = new ArrayList<>();
        for (ApplicationStore.Due o : store.newlyLapsedCorrections(today)) {
            if (tx.required(() -> {
                if (!store.markCorrectionLapsed(o.id(), today)) {
                    return false;
                }
                store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "CORRECTION_LAPSED", null, null,
                        "补正期限 " + o.due() + " 已过，未收到补正：请记录申请人是否有正当理由（第三十条）");
                audit.append(Actor.SYSTEM, "DISCLOSURE_CORRECTION_LAPSED", DisclosureServiceImpl.OBJECT_TYPE,
                        o.number(), "correction deadline " + o.due());
                return true;
            })) {
                flagged.add(o.number());
            }
        }
        for (ApplicationStore.Due o : records.newlyUnpaid(today)) {
            if (tx.required(() -> {
                if (!records.markUnpaid(o.id(), today)) {
                    return false;
                }
                store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "FEE_UNPAID", null, null,
                        "缴费期限 " + o.due() + " 已过，未登记缴费：可终止办理（逾期未缴费）");
                audit.append(Actor.SYSTEM, "DISCLOSURE_FEE_UNPAID", DisclosureServiceImpl.OBJECT_TYPE, o.number(),
                        "payment due " + o.due());
                return true;
            })) {
                flagged.add(o.number());
            }
        }
        return flagged;
    }
}
