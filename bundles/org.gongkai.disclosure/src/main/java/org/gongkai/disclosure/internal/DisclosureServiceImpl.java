package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.ClockInput;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.disclosure.ReceiptFacts;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.PersonalData;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The disclosure workflow over the store: validation, numbering, transitions with their guards, clocks, scope and
 * audit. Plain Java; {@link DisclosureComponent} wires it as an OSGi service.
 */
class DisclosureServiceImpl implements DisclosureService {
    static final String OBJECT_TYPE = "disclosure.application";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ApplicationStore store;
    private final Transactions tx;
    private final AuditTrail audit;
    private final RegionService regions;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final IdCipher cipher;
    private final ReceiptRule receiptRule;
    private final ClockCalculator clocks;

    DisclosureServiceImpl(ApplicationStore store, Transactions tx, AuditTrail audit, RegionService regions,
            WorkingDayCalendar calendar, Clock clock, IdCipher cipher, boolean onlineConfirmedOnSubmission,
            int warningDays) {
        this.store = store;
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.calendar = calendar;
        this.clock = clock;
        this.cipher = cipher;
        this.receiptRule = new ReceiptRule(onlineConfirmedOnSubmission);
        this.clocks = new ClockCalculator(calendar, warningDays);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    @Override
    public ApplicationDetail register(Actor actor, NewApplication a) {
        actor.requireAnyRole(Role.REGISTRAR);
        if (a == null) {
            throw ValidationException.of("body", "缺少申请内容", "The application is empty");
        }
        LocalDate today = today();
        String idNumber = ApplicationValidator.validate(a, today);
        Agency agency = regions.agency(a.agencyCode().strip()).filter(Agency::active)
                .orElseThrow(() -> ValidationException.of("agencyCode", "受理机关不存在", "Unknown agency"));
        if (!regions.canSee(actor, agency.code())) {
            throw ValidationException.of("agencyCode", "只能登记本机关受理的申请", "You can only register for your own agency");
        }
        LocalDate receipt = receiptRule.receiptDate(new ReceiptFacts(a.channel(), a.submittedOn(), a.signedForOn(),
                a.confirmedOn()), today);
        String number = tx.required(() -> {
            if (a.requestKey() != null) {
                Optional<String> existing = store.numberOfRequest(a.requestKey());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            String dayKey = DAY.format(today);
            String no = "YS" + dayKey + String.format("%03d", store.nextSequence(dayKey));
            AppRow row = new AppRow(0, no, a.channel(), a.submittedOn(), a.signedForOn(), a.confirmedOn(), receipt,
                    a.applicantType(), a.applicantName().strip(), a.idKind(), cipher.encrypt(idNumber),
                    PersonalData.maskIdentity(idNumber), blankToNull(a.phone()), blankToNull(a.email()),
                    blankToNull(a.address()), a.title().strip(), a.form(), a.receiveBy(), agency.code(), Stage.RECEIVED,
                    null, null, null, 0, null, null);
            long id = store.insert(withDue(row, List.of()), a.requestKey(), clock.instant());
            for (int i = 0; i < a.items().size(); i++) {
                store.insertItem(id, i + 1, a.items().get(i).description().strip());
            }
            store.insertEvent(id, clock.instant(), actor.username(), "RECEIVE", null, Stage.RECEIVED,
                    a.channel().nameZh() + "，收到日期 " + receipt);
            audit.append(actor, "DISCLOSURE_RECEIVED", OBJECT_TYPE, no, "agency=" + agency.code() + " channel="
                    + a.channel() + " receipt=" + receipt + " items=" + a.items().size());
            return no;
        });
        return detail(actor, number, false);
    }

    @Override
    public Page<ApplicationSummary> list(Actor actor, ApplicationQuery q) {
        int size = Math.max(1, Math.min(200, q.size() <= 0 ? 20 : q.size()));
        ApplicationQuery bounded = new ApplicationQuery(q.stage(), q.agencyCode(), q.overdueOnly(), q.receivedFrom(),
                q.receivedTo(), q.text(), q.sort(), q.descending(), Math.max(0, q.page()), size);
        Set<String> visible = regions.visibleAgencies(actor).orElse(null);
        LocalDate today = today();
        ApplicationStore.Listed listed = store.list(bounded, visible, today);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Agency ag : regions.agencies()) {
            names.put(ag.code(), ag.shortName() != null ? ag.shortName() : ag.name());
        }
        List<ApplicationSummary> rows = new ArrayList<>();
        for (AppRow r : listed.rows()) {
            Integer remaining = null;
            org.gongkai.disclosure.Clock.Level level = null;
            if (!r.stage().closed()) {
                if (r.replyDue() == null) {
                    level = r.stage() == Stage.CORRECTION ? org.gongkai.disclosure.Clock.Level.WAITING_FOR_CORRECTION
                            : org.gongkai.disclosure.Clock.Level.PAUSED;
                } else if (today.isAfter(r.replyDue())) {
                    remaining = -calendar.workingDaysBetween(r.replyDue(), today).days();
                    level = org.gongkai.disclosure.Clock.Level.OVERDUE;
                } else {
                    remaining = calendar.workingDaysBetween(today, r.replyDue()).days();
                    level = remaining <= clocks.warningDays() ? org.gongkai.disclosure.Clock.Level.WARNING
                            : org.gongkai.disclosure.Clock.Level.NORMAL;
                }
            }
            rows.add(new ApplicationSummary(r.number(), r.title(), r.channel(), r.applicantType(),
                    r.applicantType() == org.gongkai.disclosure.ApplicantType.NATURAL_PERSON
                            ? PersonalData.maskName(r.applicantName()) : r.applicantName(), r.agencyCode(), names.getOrDefault(r.agencyCode(),
                            r.agencyCode()), r.stage(), r.receiptDate(), r.replyDue(), remaining, level));
        }
        return new Page<>(listed.total(), bounded.page(), size, rows);
    }

    @Override
    public ApplicationDetail get(Actor actor, String number) {
        return detail(actor, number, true);
    }

    @Override
    public ApplicationDetail act(Actor actor, String number, Action action, ActionInput input) {
        if (action == null) {
            throw ValidationException.of("action", "未知操作", "Unknown action");
        }
        ActionInput in = input == null ? new ActionInput(null, null, null) : input;
        String comment = comment(in.comment());
        tx.required(() -> {
            AppRow r = locked(actor, number);
            Stage next = Workflow.next(r.stage(), action, actor);
            LocalDate today = today();
            AppRow changed = switch (action) {
                case REQUEST_CORRECTION -> requestCorrection(r, in, today);
                case RECEIVE_CORRECTION -> receiveCorrection(r, in, today);
                case SUBMIT_FOR_REVIEW -> {
                    requireAllDecided(r);
                    yield r;
                }
                case DELIVER, REPLY_ON_THE_SPOT -> r.withDelivered(dateOrToday(in.date(), today, "date"));
                default -> r;
            };
            AppRow moved = changed.withStage(next);
            store.update(withDue(moved, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), action.name(), r.stage(), next, comment);
            audit.append(actor, "DISCLOSURE_" + action.name(), OBJECT_TYPE, number, r.stage() + " -> " + next
                    + (comment == null ? "" : ": " + comment));
        });
        return detail(actor, number, false);
    }

    @Override
    public ApplicationDetail decide(Actor actor, String number, int seq, ItemDecision d) {
        actor.requireAnyRole(Role.HANDLER);
        if (d == null || d.decision() == null) {
            throw ValidationException.of("decision", "请选择答复类型", "Choose a decision");
        }
        if (d.decision().needsGround() && d.ground() == null) {
            throw ValidationException.of("ground", "不予公开或部分公开须选择理由", "Withholding needs a ground");
        }
        String text = d.replyText() == null ? null : d.replyText().strip();
        if (text != null && text.length() > 4000) {
            throw ValidationException.of("replyText", "答复内容不能超过 4000 个字符", "At most 4000 characters");
        }
        tx.required(() -> {
            AppRow r = locked(actor, number);
            if (r.stage() != Stage.DRAFTING) {
                throw new ConflictException(Message.of("只有拟办阶段可以填写答复意见", "Decisions are made while drafting"));
            }
            if (store.decide(r.id(), seq, d.decision(), d.decision().needsGround() ? d.ground() : null, text) == 0) {
                throw new NotFoundException("申请事项 item", number + "/" + seq);
            }
            store.insertEvent(r.id(), clock.instant(), actor.username(), "DECIDE", r.stage(), r.stage(),
                    "第 " + seq + " 项：" + d.decision().nameZh());
            audit.append(actor, "DISCLOSURE_DECIDE", OBJECT_TYPE, number, "item " + seq + ": " + d.decision()
                    + (d.ground() == null ? "" : "/" + d.ground()));
        });
        return detail(actor, number, false);
    }

    @Override
    public ApplicationDetail startPause(Actor actor, String number, String kind, LocalDate from, String reason) {
        actor.requireAnyRole(Role.HANDLER, Role.REGISTRAR);
        if (!"CONSULTATION".equals(kind) && !"FEE".equals(kind)) {
            throw ValidationException.of("kind", "暂停类型应为征求意见或收费", "Kind must be CONSULTATION or FEE");
        }
        List<org.gongkai.platform.FieldError> errors = new ArrayList<>();
        String why = Inputs.name(errors, "reason", reason == null || reason.isBlank()
                ? ("CONSULTATION".equals(kind) ? "征求第三方或其他机关意见" : "收费通知至缴费") : reason, 200);
        Inputs.check(errors);
        tx.required(() -> {
            AppRow r = locked(actor, number);
            if (r.stage().closed() || r.stage() == Stage.CORRECTION || r.stage() == Stage.RECEIVED) {
                throw new ConflictException(Message.of("当前阶段不能暂停计时", "The clock cannot be paused in this stage"));
            }
            LocalDate start = dateOrToday(from, today(), "from");
            if (start.isBefore(r.correctedOn() != null ? r.correctedOn() : r.receiptDate())) {
                throw ValidationException.of("from", "暂停不能早于收到申请之日", "A pause cannot start before receipt");
            }
            if (store.pauses(r.id()).stream().anyMatch(p -> p.to() == null)) {
                throw new ConflictException(Message.of("已有进行中的暂停", "A pause is already running"));
            }
            store.insertPause(r.id(), kind, start, why);
            store.update(withDue(r, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "PAUSE_" + kind, r.stage(), r.stage(),
                    why + "，自 " + start);
            audit.append(actor, "DISCLOSURE_PAUSE", OBJECT_TYPE, number, kind + " from " + start);
        });
        return detail(actor, number, false);
    }

    @Override
    public ApplicationDetail endPause(Actor actor, String number, long pauseId, LocalDate to) {
        actor.requireAnyRole(Role.HANDLER, Role.REGISTRAR);
        tx.required(() -> {
            AppRow r = locked(actor, number);
            LocalDate end = dateOrToday(to, today(), "to");
            ApplicationDetail.PauseRecord p = store.pauses(r.id()).stream().filter(x -> x.id() == pauseId).findFirst()
                    .orElseThrow(() -> new NotFoundException("暂停 pause", Long.toString(pauseId)));
            if (p.to() != null) {
                throw new ConflictException(Message.of("该暂停已结束", "That pause has ended already"));
            }
            if (end.isBefore(p.from())) {
                throw ValidationException.of("to", "结束日期不能早于开始日期", "The end cannot precede the start");
            }
            store.endPause(r.id(), pauseId, end);
            store.update(withDue(r, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "RESUME", r.stage(), r.stage(),
                    p.reason() + "，至 " + end + " 结束");
            audit.append(actor, "DISCLOSURE_RESUME", OBJECT_TYPE, number, "pause " + pauseId + " to " + end);
        });
        return detail(actor, number, false);
    }

    @Override
    public ApplicationDetail extend(Actor actor, String number, int days, String reason) {
        actor.requireAnyRole(Role.OFFICE_HEAD);
        if (days < 1 || days > ClockCalculator.MAX_EXTENSION) {
            throw ValidationException.of("days", "延期为 1–20 个工作日（第三十三条第二款）", "1–20 working days (Art. 33 para 2)");
        }
        List<org.gongkai.platform.FieldError> errors = new ArrayList<>();
        String why = Inputs.name(errors, "reason", reason, 200);
        Inputs.check(errors);
        tx.required(() -> {
            AppRow r = locked(actor, number);
            if (r.stage().closed() || r.stage() == Stage.REPLIED) {
                throw new ConflictException(Message.of("已答复或已结束的申请不能延期", "A replied or closed case cannot be extended"));
            }
            if (r.extensionDays() > 0) {
                throw new ConflictException(Message.of("只能延期一次", "A case can be extended only once"));
            }
            if (r.replyDue() != null && today().isAfter(r.replyDue())) {
                throw new ConflictException(Message.of("答复期限已过，不能再延期", "The reply period has already run out"));
            }
            AppRow extended = r.withExtension(days);
            store.update(withDue(extended, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "EXTEND", r.stage(), r.stage(),
                    "延期 " + days + " 个工作日：" + why);
            audit.append(actor, "DISCLOSURE_EXTEND", OBJECT_TYPE, number, days + " working days: " + why);
        });
        return detail(actor, number, false);
    }

    /**
     * The daily overdue check: records an OVERDUE event on each open case that passed its reply date, once per due
     * date, each case in its own transaction (the same lock order as every other change: case row, then audit
     * head). Several nodes may run it; the conditional flag update lets exactly one of them record each case.
     */
    List<String> flagOverdue() {
        LocalDate today = today();
        List<String> numbers = new ArrayList<>();
        for (ApplicationStore.Overdue o : store.newlyOverdue(today)) {
            boolean flagged = tx.required(() -> {
                if (!store.markOverdue(o.id(), o.replyDue())) {
                    return false;
                }
                int late = calendar.workingDaysBetween(o.replyDue(), today).days();
                store.insertEvent(o.id(), clock.instant(), Actor.SYSTEM.username(), "OVERDUE", null, null,
                        "答复期限 " + o.replyDue() + " 已过，逾期 " + late + " 个工作日");
                audit.append(Actor.SYSTEM, "DISCLOSURE_OVERDUE", OBJECT_TYPE, o.number(), "due " + o.replyDue() + ", "
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
                AppRow now = withDue(r, store.pauses(r.id()));
                if (!java.util.Objects.equals(now.replyDue(), r.replyDue())) {
                    store.update(now, clock.instant());
                    store.insertEvent(r.id(), clock.instant(), "system", "RECOMPUTE", r.stage(), r.stage(),
                            "工作日历变更，答复期限由 " + r.replyDue() + " 改为 " + now.replyDue());
                    changed++;
                }
            }
            return changed;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private AppRow locked(Actor actor, String number) {
        AppRow r = store.lock(number == null ? "" : number).orElseThrow(() -> new NotFoundException("申请 application", number));
        if (!regions.canSee(actor, r.agencyCode())) {
            throw new NotFoundException("申请 application", number);
        }
        if (r.stage() == Stage.ARCHIVED) {
            throw new ConflictException(Message.of("已归档的申请不能再修改", "An archived case is locked"));
        }
        return r;
    }

    private ApplicationDetail detail(Actor actor, String number, boolean auditView) {
        AppRow r = store.byNumber(number == null ? "" : number).orElseThrow(() -> new NotFoundException("申请 application", number));
        if (!regions.canSee(actor, r.agencyCode())) {
            throw new NotFoundException("申请 application", number);
        }
        if (auditView) {
            audit.append(actor, AuditActions.PERSONAL_DATA_VIEWED, OBJECT_TYPE, number, "applicant data shown");
        }
        List<ApplicationDetail.PauseRecord> pauses = store.pauses(r.id());
        org.gongkai.disclosure.Clock c = r.stage().closed() ? null : clocks.compute(clockInput(r, pauses), today());
        String agencyName = regions.agency(r.agencyCode()).map(Agency::name).orElse(r.agencyCode());
        return new ApplicationDetail(r.number(), r.title(), r.channel(), r.submittedOn(), r.signedForOn(),
                r.confirmedOn(), r.receiptDate(), new ApplicationDetail.Applicant(r.applicantType(), r.applicantName(),
                        r.idKind(), cipher.decrypt(r.idNumberEnc()), r.phone(), r.email(), r.address()),
                r.agencyCode(), agencyName, r.stage(), r.form(), r.receiveBy(), store.items(r.id()), c, pauses,
                r.extensionDays(), r.correctionDeadline(), store.events(r.id()), Workflow.available(r.stage(), actor));
    }

    private static ClockInput clockInput(AppRow r, List<ApplicationDetail.PauseRecord> pauses) {
        List<Pause> ps = pauses.stream().map(p -> new Pause(p.from(), p.to(), p.reason())).toList();
        return new ClockInput(r.channel(), r.receiptDate(), r.correctionRequestedOn(), r.correctedOn(), ps,
                r.extensionDays());
    }

    private AppRow withDue(AppRow r, List<ApplicationDetail.PauseRecord> pauses) {
        LocalDate due = r.stage().closed() ? r.replyDue() : clocks.compute(clockInput(r, pauses), today()).replyDue();
        return r.withReplyDue(due);
    }

    private AppRow requestCorrection(AppRow r, ActionInput in, LocalDate today) {
        if (r.correctionRequestedOn() != null) {
            throw new ConflictException(Message.of("补正告知只能发出一次（第三十条：一次性告知）",
                    "A correction can be requested only once (Art. 30)"));
        }
        LocalDate due = calendar.addWorkingDays(r.receiptDate(), ClockCalculator.CORRECTION_DAYS).date();
        if (today.isAfter(due)) {
            throw new ConflictException(Message.of("已超过收到申请后 7 个工作日的补正告知期限（" + due + "）",
                    "The 7-working-day period for a correction notice ended on " + due));
        }
        if (in.correctionDeadline() == null || !in.correctionDeadline().isAfter(today)) {
            throw ValidationException.of("correctionDeadline", "请给出合理的补正期限（晚于今天）",
                    "Give the applicant a reasonable deadline after today");
        }
        return r.withCorrectionRequested(today, in.correctionDeadline());
    }

    private AppRow receiveCorrection(AppRow r, ActionInput in, LocalDate today) {
        LocalDate on = dateOrToday(in.date(), today, "date");
        if (on.isBefore(r.correctionRequestedOn())) {
            throw ValidationException.of("date", "收到补正的日期不能早于补正告知", "Cannot precede the correction notice");
        }
        return r.withCorrected(on);
    }

    private void requireAllDecided(AppRow r) {
        List<ApplicationDetail.Item> items = store.items(r.id());
        List<Integer> open = items.stream().filter(i -> i.decision() == null).map(ApplicationDetail.Item::seq).toList();
        if (!open.isEmpty()) {
            throw new ConflictException(Message.of("以下事项尚未拟定答复：" + open, "Items without a decision: " + open));
        }
    }

    private static LocalDate dateOrToday(LocalDate date, LocalDate today, String field) {
        LocalDate d = date == null ? today : date;
        if (d.isAfter(today)) {
            throw ValidationException.of(field, "日期不能晚于今天", "The date cannot be in the future");
        }
        return d;
    }

    private static String comment(String c) {
        if (c == null || c.isBlank()) {
            return null;
        }
        String s = c.strip();
        if (s.length() > 1000) {
            throw ValidationException.of("comment", "意见不能超过 1000 个字符", "At most 1000 characters");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
