package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

    /** Cases flagged in one transaction: a backlog of thousands after an outage is a few dozen commits, not thousands. */
    static final int CHUNK = 100;

    /**
     * The daily overdue check: records an OVERDUE event on each open case that passed its reply date, once per due
     * date. Several nodes may run it; the conditional flag update lets exactly one of them record each case.
     */
    List<String> flagOverdue() {
        LocalDate today = cases.today();
        return inChunks(store.newlyOverdue(today), o -> store.markOverdue(o.id(), o.due()), o -> {
            int late = calendar.workingDaysBetween(o.due(), today).days();
            store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "OVERDUE", null, null,
                    "答复期限 " + o.due() + " 已过，逾期 " + late + " 个工作日");
            audit.append(Actor.SYSTEM, "DISCLOSURE_OVERDUE", DisclosureServiceImpl.OBJECT_TYPE, o.number(),
                    "due " + o.due() + ", " + late + " working days late");
        });
    }

    /**
     * Flags the cases {@link #CHUNK} to a transaction: first every case row of the chunk ({@code mark} answers false
     * for a row another node flagged first), then the events and audit entries of the ones this call flagged. So the
     * locks are taken in the order of every other change — case rows, then the audit head — and the audit head is
     * held only for the appends. A failing chunk rolls back alone; the next run flags it again.
     */
    private List<String> inChunks(List<ApplicationStore.Due> due, Predicate<ApplicationStore.Due> mark,
            Consumer<ApplicationStore.Due> record) {
        List<String> flagged = new ArrayList<>();
        for (int from = 0; from < due.size(); from += CHUNK) {
            List<ApplicationStore.Due> chunk = due.subList(from, Math.min(due.size(), from + CHUNK));
            flagged.addAll(tx.required(() -> {
                List<ApplicationStore.Due> mine = chunk.stream().filter(mark).toList();
                mine.forEach(record);
                return mine.stream().map(ApplicationStore.Due::number).toList();
            }));
        }
        return flagged;
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
     * (staff may close the case). Once per case, in chunks like the overdue check.
     */
    List<String> flagLapses() {
        LocalDate today = cases.today();
        List<String> flagged = new ArrayList<>(inChunks(store.newlyLapsedCorrections(today),
                o -> store.markCorrectionLapsed(o.id(), today), o -> {
                    store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "CORRECTION_LAPSED", null,
                            null, "补正期限 " + o.due() + " 已过，未收到补正：请记录申请人是否有正当理由（第三十条）");
                    audit.append(Actor.SYSTEM, "DISCLOSURE_CORRECTION_LAPSED", DisclosureServiceImpl.OBJECT_TYPE,
                            o.number(), "correction deadline " + o.due());
                }));
        flagged.addAll(inChunks(records.newlyUnpaid(today), o -> records.markUnpaid(o.id(), today), o -> {
            store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "FEE_UNPAID", null, null,
                    "缴费期限 " + o.due() + " 已过，未登记缴费：可终止办理（逾期未缴费）");
            audit.append(Actor.SYSTEM, "DISCLOSURE_FEE_UNPAID", DisclosureServiceImpl.OBJECT_TYPE, o.number(),
                    "payment due " + o.due());
        }));
        return flagged;
    }
}
