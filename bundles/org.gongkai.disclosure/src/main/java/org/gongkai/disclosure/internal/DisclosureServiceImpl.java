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
import org.gongkai.disclosure.Delivery;
import org.gongkai.disclosure.Fee;

import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.Page;
import org.gongkai.disclosure.ReceiptFacts;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.letter.CorrectionFacts;
import org.gongkai.disclosure.internal.letter.ExtensionFacts;
import org.gongkai.disclosure.internal.letter.LetterKind;
import org.gongkai.disclosure.internal.letter.ReasonsFacts;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.disclosure.internal.report.ReportRow;
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
 * audit. Plain Java; {@link DisclosureComponent} offers it (with {@link CaseRecords}) as the OSGi service.
 */
class DisclosureServiceImpl {
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
    private final CaseRecordStore records;
    private final ClosingRules closing;
    private final FeeSettings fees;
    private final LetterDesk letters;

    /** How fee notices affect a case (configuration, because the 2020 measures leave details unconfirmed). */
    record FeeSettings(boolean pausesClock, int paymentDays) {
    }

    DisclosureServiceImpl(ApplicationStore store, CaseRecordStore records, Transactions tx, AuditTrail audit,
            RegionService regions, WorkingDayCalendar calendar, Clock clock, IdCipher cipher,
            boolean onlineConfirmedOnSubmission, int warningDays, ReportMapping mapping, FeeSettings fees,
            LetterDesk letters) {
        this.store = store;
        this.letters = letters;
        this.records = records;
        this.closing = new ClosingRules(mapping);
        this.fees = fees;
        this.tx = tx;
        this.audit = audit;
        this.regions = regions;
        this.calendar = calendar;
        this.clock = clock;
        this.cipher = cipher;
        this.receiptRule = new ReceiptRule(onlineConfirmedOnSubmission);
        this.clocks = new ClockCalculator(calendar, warningDays);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    public ApplicationDetail register(Actor actor, NewApplication a) {
        actor.requireAnyRole(Role.REGISTRAR);
        return register(actor, a, "STAFF", null);
    }

    /**
     * Registers an application from a source (STAFF, PORTAL); a portal application carries the hash of its query
     * code. The actor's role was checked by the caller.
     */
    ApplicationDetail register(Actor actor, NewApplication a, String source, String queryCodeHash) {
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
        String number = firstOfDayRetry(() -> tx.required(() -> {
            if (a.requestKey() != null) {
                Optional<String> existing = store.numberOfRequest(a.requestKey());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            String dayKey = DAY.format(today);
            String no = "YS" + dayKey + String.format("%03d", store.nextSequence(dayKey));
            AppRow row = new AppRow(0, no, new AppRow.Intake(a.channel(), a.submittedOn(), a.signedForOn(),
                    a.confirmedOn(), receipt, a.applicantType(), a.applicantName().strip(), a.idKind(),
                    cipher.encrypt(idNumber), PersonalData.maskIdentity(idNumber), cipher.fingerprint(idNumber),
                    CaseInputs.blankToNull(a.phone()), CaseInputs.blankToNull(a.email()), CaseInputs.blankToNull(a.address()), a.title().strip(),
                    a.form(), a.receiveBy(), agency.code(), source), AppRow.Flow.start(Stage.RECEIVED));
            long id = store.insert(withDue(row, List.of()), a.requestKey(), queryCodeHash, clock.instant());
            for (int i = 0; i < a.items().size(); i++) {
                store.insertItem(id, i + 1, a.items().get(i).description().strip());
            }
            store.insertEvent(id, clock.instant(), actor.username(), "RECEIVE", null, Stage.RECEIVED,
                    a.channel().nameZh() + "，收到日期 " + receipt);
            audit.append(actor, "DISCLOSURE_RECEIVED", OBJECT_TYPE, no, "agency=" + agency.code() + " channel="
                    + a.channel() + " receipt=" + receipt + " items=" + a.items().size());
            return no;
        }));
        return detail(actor, number, false);
    }

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
                } else {
                    ClockCalculator.Standing standing = clocks.standing(r.replyDue(), today);
                    remaining = standing.remaining();
                    level = standing.level();
                }
            }
            rows.add(new ApplicationSummary(r.number(), r.title(), r.channel(), r.applicantType(),
                    r.applicantType() == org.gongkai.disclosure.ApplicantType.NATURAL_PERSON
                            ? PersonalData.maskName(r.applicantName()) : r.applicantName(), r.agencyCode(), names.getOrDefault(r.agencyCode(),
                            r.agencyCode()), r.stage(), r.receiptDate(), r.replyDue(), remaining, level,
                    r.handlingAgency(), r.handlingAgency() == null ? null : names.getOrDefault(r.handlingAgency(),
                            r.handlingAgency())));
        }
        return new Page<>(listed.total(), bounded.page(), size, rows);
    }

    public ApplicationDetail get(Actor actor, String number) {
        return detail(actor, number, true);
    }

    public ApplicationDetail act(Actor actor, String number, Action action, ActionInput input) {
        if (action == null) {
            throw ValidationException.of("action", "未知操作", "Unknown action");
        }
        ActionInput in = input == null ? new ActionInput(null, null, null) : input;
        String comment = CaseInputs.comment(in.comment());
        tx.required(() -> {
            AppRow r = locked(actor, number);
            Stage next = Workflow.next(r.stage(), action, CaseScope.actingFor(actor, r.handlingAgency()));
            LocalDate today = today();
            AppRow changed = switch (action) {
                case REQUEST_CORRECTION -> requestCorrection(r, in, today);
                case RECEIVE_CORRECTION -> receiveCorrection(r, in, today);
                case DEEM_ABANDONED -> {
                    requireCorrectionPeriodOver(r, today);
                    requireComment(comment, "视为放弃前须记录申请人没有正当理由的情况（第三十条）",
                            "Record why the applicant had no good reason (Art. 30)");
                    yield r.withClosed(today, ClosingRules.endRow(Stage.ABANDONED));
                }
                case GOOD_REASON -> {
                    requireCorrectionPeriodOver(r, today);
                    requireComment(comment, "请记录申请人的正当理由", "Record the applicant's good reason");
                    if (in.correctionDeadline() == null || !in.correctionDeadline().isAfter(today)) {
                        throw ValidationException.of("correctionDeadline", "请给出新的补正期限（晚于今天）",
                                "Give a new correction deadline after today");
                    }
                    yield r.withCorrectionDeadline(in.correctionDeadline());
                }
                case REQUEST_REASONS -> {
                    if (in.dueDate() == null || !in.dueDate().isAfter(today)) {
                        throw ValidationException.of("dueDate", "请给出说明理由的期限（晚于今天）",
                                "Give the applicant a date after today to state reasons");
                    }
                    yield r.withReasonsRequested(today, in.dueDate());
                }
                case SET_LATER_DATE -> {
                    if (r.flow().reasonsRequestedOn() == null) {
                        throw new ConflictException(Message.of("须先要求申请人说明理由（第三十五条）",
                                "Ask the applicant for reasons first (Art. 35)"));
                    }
                    if (in.dueDate() == null || r.replyDue() == null || !in.dueDate().isAfter(r.replyDue())) {
                        throw ValidationException.of("dueDate", "延后的答复期限须晚于现有答复期限",
                                "The later reply date must come after the current one");
                    }
                    yield r.withLaterReplyDue(in.dueDate());
                }
                case SUBMIT_FOR_REVIEW -> {
                    requireAllDecided(r);
                    yield r;
                }
                case APPROVE -> r.withClosed(today, closing.confirmedRow(r.stage(), store.items(r.id()), in.reportRow()));
                case REPLY_ON_THE_SPOT -> {
                    requireAllDecided(r);
                    LocalDate on = CaseInputs.dateOrToday(in.date(), today, "date");
                    records.insertDelivery(r.id(), new Delivery(ReceiveBy.PICKUP, on, null, "当场答复"));
                    yield r.withDelivered(on).withClosed(on, closing.confirmedRow(r.stage(), store.items(r.id()), in.reportRow()));
                }
                case DELIVER -> {
                    Delivery d = ClosingRules.delivery(r.receiveBy(), r.flow().closedOn(), in, today);
                    records.insertDelivery(r.id(), d);
                    yield r.withDelivered(d.datedOn());
                }
                case WITHDRAW -> r.withClosed(CaseInputs.dateOrToday(in.date(), today, "date"), ClosingRules.endRow(Stage.WITHDRAWN));
                case FEE_LAPSE -> {
                    Fee fee = records.fee(r.id()).orElseThrow(() -> new ConflictException(Message.of(
                            "没有发出收费通知", "No fee notice was issued")));
                    if (fee.paidOn() != null || !today.isAfter(fee.paymentDue())) {
                        throw new ConflictException(Message.of("缴费期限（" + fee.paymentDue() + "）未过或已缴费",
                                "The payment period (to " + fee.paymentDue() + ") has not ended, or the fee was paid"));
                    }
                    yield r.withClosed(today, ClosingRules.endRow(Stage.LAPSED));
                }
                default -> r;
            };
            AppRow moved = changed.withStage(next);
            store.update(withDue(moved, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), action.name(), r.stage(), next, comment);
            issueLetters(CaseScope.actingFor(actor, r.handlingAgency()), number, r.id(), action, in, comment, today);
            // the audit append locks the chain's head row until commit: last, so the lock is held briefly
            audit.append(actor, "DISCLOSURE_" + action.name(), OBJECT_TYPE, number, r.stage() + " -> " + next
                    + (comment == null ? "" : ": " + comment));
        });
        return detail(actor, number, false);
    }

    public ApplicationDetail decide(Actor actor, String number, int seq, ItemDecision d) {
        return decide(actor, number, seq, d, null);
    }

    /** Decides an item, remembering the catalog entry the decision came from (for the high-frequency statistics). */
    ApplicationDetail decide(Actor caller, String number, int seq, ItemDecision d, String catalogCode) {
        Actor actor = actingOn(caller, number);
        actor.requireAnyRole(Role.HANDLER, Role.REGISTRAR);
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
            boolean onTheSpot = (r.stage() == Stage.RECEIVED || r.stage() == Stage.REGISTERED)
                    && actor.hasAnyRole(Role.REGISTRAR);
            if (!(r.stage() == Stage.DRAFTING && actor.hasAnyRole(Role.HANDLER)) && !onTheSpot) {
                throw new ConflictException(Message.of("答复意见在拟办阶段由承办人填写（当场答复时由登记人员填写）",
                        "Decisions are made by the handler while drafting (by the registrar for an on-the-spot reply)"));
            }
            if (store.decide(r.id(), seq, d.decision(), d.decision().needsGround() ? d.ground() : null, text) == 0) {
                throw new NotFoundException("申请事项 item", number + "/" + seq);
            }
            store.setCatalogCode(r.id(), seq, catalogCode);
            store.insertEvent(r.id(), clock.instant(), actor.username(), "DECIDE", r.stage(), r.stage(),
                    "第 " + seq + " 项：" + d.decision().nameZh());
            audit.append(actor, "DISCLOSURE_DECIDE", OBJECT_TYPE, number, "item " + seq + ": " + d.decision()
                    + (d.ground() == null ? "" : "/" + d.ground()));
        });
        return detail(actor, number, false);
    }

    public ApplicationDetail startPause(Actor caller, String number, String kind, LocalDate from, String reason) {
        Actor actor = actingOn(caller, number);
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
            LocalDate start = CaseInputs.dateOrToday(from, today(), "from");
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

    public ApplicationDetail endPause(Actor caller, String number, long pauseId, LocalDate to) {
        Actor actor = actingOn(caller, number);
        actor.requireAnyRole(Role.HANDLER, Role.REGISTRAR);
        tx.required(() -> {
            AppRow r = locked(actor, number);
            LocalDate end = CaseInputs.dateOrToday(to, today(), "to");
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
            AppRow extended = withDue(r.withExtension(days), store.pauses(r.id()));
            store.update(extended, clock.instant());
            if (extended.replyDue() != null) {
                issueLetter(actor, number, r.id(), LetterKind.EXTENSION, (c, d, s, no, date) -> c.extension(d, s, no, date,
                        new ExtensionFacts(days, extended.replyDue(), why)));
            }
            store.insertEvent(r.id(), clock.instant(), actor.username(), "EXTEND", r.stage(), r.stage(),
                    "延期 " + days + " 个工作日：" + why);
            audit.append(actor, "DISCLOSURE_EXTEND", OBJECT_TYPE, number, days + " working days: " + why);
        });
        return detail(actor, number, false);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    AppRow locked(Actor actor, String number) {
        AppRow r = lockedIncludingArchived(actor, number);
        if (r.stage() == Stage.ARCHIVED) {
            throw new ConflictException(Message.of("已归档的申请不能再修改", "An archived case is locked"));
        }
        return r;
    }

    /**
     * Runs a registration again when it lost the race to create the day's first number (two first applications of a
     * day inserting the counter row at once: the loser's transaction was rolled back whole), or the race between two
     * submissions of the same request key (the second then finds the first's number).
     */
    private static <T> T firstOfDayRetry(java.util.function.Supplier<T> registration) {
        for (int attempt = 1;; attempt++) {
            try {
                return registration.get();
            } catch (org.gongkai.platform.persistence.DataAccessException e) {
                if (!e.isUniqueViolation() || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The identity number in clear, or null (logged) when it cannot be decrypted, e.g. after a lost key. */
    private String identity(AppRow r) {
        if (r.in().idNumberEnc() == null || "LEDGER".equals(r.in().source())) {
            return null;
        }
        try {
            return cipher.decrypt(r.in().idNumberEnc());
        } catch (IllegalStateException e) {
            org.slf4j.LoggerFactory.getLogger(DisclosureServiceImpl.class).warn(
                    "The identity number of {} cannot be decrypted: {}", r.number(), e.getMessage());
            return null;
        }
    }

    /** True when the actor may see the case: in the scope of its agency or of the zone handling it. */
    boolean sees(Actor actor, AppRow r) {
        return CaseScope.canSee(regions::canSee, actor, r.agencyCode(), r.handlingAgency());
    }

    /**
     * The actor with the workflow roles they hold on this case (zone staff of the zone handling it act as its
     * registrar, handler and reviewer); role checks that come before the case is locked use it. The scope itself is
     * checked again on the locked row, so a recall in between leaves the zone with nothing.
     */
    Actor actingOn(Actor actor, String number) {
        return store.byNumber(number == null ? "" : number)
                .map(r -> CaseScope.actingFor(actor, r.handlingAgency())).orElse(actor);
    }

    private ApplicationDetail.Delegation delegation(AppRow r) {
        AppRow.Handling h = r.handling();
        if (!h.delegated()) {
            return null;
        }
        return new ApplicationDetail.Delegation(h.agencyCode(), regions.agency(h.agencyCode()).map(Agency::name)
                .orElse(h.agencyCode()), h.delegatedAt(), h.principal(), h.reconsiderationOrgan());
    }

    ApplicationStore store() {
        return store;
    }

    /** The case row locked for a change that an archived case still accepts (a later reconsideration record). */
    AppRow lockedIncludingArchived(Actor actor, String number) {
        AppRow r = store.lock(number == null ? "" : number).orElseThrow(() -> new NotFoundException("申请 application", number));
        if (!sees(actor, r)) {
            throw new NotFoundException("申请 application", number);
        }
        return r;
    }

    ApplicationDetail detail(Actor actor, String number, boolean auditView) {
        AppRow r = store.byNumber(number == null ? "" : number).orElseThrow(() -> new NotFoundException("申请 application", number));
        if (!sees(actor, r)) {
            throw new NotFoundException("申请 application", number);
        }
        if (auditView) {
            audit.append(actor, AuditActions.PERSONAL_DATA_VIEWED, OBJECT_TYPE, number, "applicant data shown");
        }
        List<ApplicationDetail.PauseRecord> pauses = store.pauses(r.id());
        // closed cases keep the explanation of their statutory dates ("why this date"); the UI shows them as closed
        org.gongkai.disclosure.Clock c = r.in().source().equals("LEDGER") ? null : clocks.compute(clockInput(r, pauses),
                r.flow().closedOn() != null ? r.flow().closedOn() : today());
        String agencyName = regions.agency(r.agencyCode()).map(Agency::name).orElse(r.agencyCode());
        AppRow.Intake i = r.in();
        AppRow.Flow f = r.flow();
        List<ApplicationDetail.Item> items = store.items(r.id());
        String proposed = closing.proposeRow(r.stage(), items);
        ApplicationDetail.Progress progress = new ApplicationDetail.Progress(f.closedOn(), f.reportRow(),
                f.reportRow() == null ? null : ReportRow.valueOf(f.reportRow()).fullLabelZh(), proposed,
                f.correctionFlaggedOn(), f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue(), i.source());
        List<ApplicationDetail.LetterInfo> letters = records.letters(r.id()).stream()
                .map(l -> new ApplicationDetail.LetterInfo(l.id(), l.kind(), LetterDesk.kindZh(l.kind()), l.status(),
                        l.docNumber(), l.issuedOn(), l.createdAt(), l.createdBy())).toList();
        return new ApplicationDetail(r.number(), i.title(), i.channel(), i.submittedOn(), i.signedForOn(),
                i.confirmedOn(), i.receiptDate(), new ApplicationDetail.Applicant(i.applicantType(), i.applicantName(),
                        i.idKind(), identity(r), i.phone(), i.email(), i.address()),
                i.agencyCode(), agencyName, r.stage(), i.form(), i.receiveBy(), items, c, pauses,
                f.extensionDays(), f.correctionDeadline(), store.events(r.id()),
                Workflow.available(r.stage(), CaseScope.actingFor(actor, r.handlingAgency())), progress,
                records.fee(r.id()).orElse(null), records.delivery(r.id()).orElse(null), records.remedies(r.id()),
                letters, records.attachments(r.id()), delegation(r));
    }

    static ClockInput clockInput(AppRow r, List<ApplicationDetail.PauseRecord> pauses) {
        List<Pause> ps = pauses.stream().map(p -> new Pause(p.from(), p.to(), p.reason())).toList();
        return new ClockInput(r.channel(), r.receiptDate(), r.correctionRequestedOn(), r.correctedOn(), ps,
                r.extensionDays(), r.flow().laterReplyDue());
    }

    AppRow withDue(AppRow r, List<ApplicationDetail.PauseRecord> pauses) {
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
        LocalDate on = CaseInputs.dateOrToday(in.date(), today, "date");
        if (on.isBefore(r.correctionRequestedOn())) {
            throw ValidationException.of("date", "收到补正的日期不能早于补正告知", "Cannot precede the correction notice");
        }
        return r.withCorrected(on);
    }

    /** The letter an action issues or drafts, inside the action's transaction. */
    private void issueLetters(Actor actor, String number, long id, Action action, ActionInput in, String comment,
            LocalDate today) {
        java.time.Instant now = clock.instant();
        switch (action) {
            case REQUEST_CORRECTION -> letters.issue(id, detail(actor, number, false), LetterKind.CORRECTION, today, now,
                    actor.username(), (c, d, s, no, date) -> c.correction(d, s, no, date, new CorrectionFacts(
                            comment == null ? "申请内容不明确，请写明所需政府信息的名称、文号或者便于查询的其他特征性描述" : comment,
                            in.correctionDeadline())));
            case REQUEST_REASONS -> letters.issue(id, detail(actor, number, false), LetterKind.REASONS, today, now,
                    actor.username(), (c, d, s, no, date) -> c.reasons(d, s, no, date, new ReasonsFacts(
                            comment == null ? "您近期提出的政府信息公开申请数量、频次明显超过合理范围" : comment, in.dueDate())));
            case SUBMIT_FOR_REVIEW -> letters.draftReply(id, detail(actor, number, false), today, now, actor.username());
            case APPROVE, REPLY_ON_THE_SPOT -> letters.issueReply(id, detail(actor, number, false), today, now,
                    actor.username());
            default -> {
                // no letter
            }
        }
    }

    /** Issues a letter for a case from another desk (fee notice, extension, consultation). */
    void issueLetter(Actor actor, String number, long id, LetterKind kind, LetterDesk.Composition compose) {
        letters.issue(id, detail(actor, number, false), kind, today(), clock.instant(), actor.username(), compose);
    }

    LetterDesk letters() {
        return letters;
    }

    private void requireCorrectionPeriodOver(AppRow r, LocalDate today) {
        if (r.correctionDeadline() != null && !today.isAfter(r.correctionDeadline())) {
            throw new ConflictException(Message.of("补正期限（" + r.correctionDeadline() + "）尚未届满",
                    "The correction period (to " + r.correctionDeadline() + ") has not ended"));
        }
    }

    private static void requireComment(String comment, String zh, String en) {
        if (comment == null) {
            throw ValidationException.of("comment", zh, en);
        }
    }

    private void requireAllDecided(AppRow r) {
        List<ApplicationDetail.Item> items = store.items(r.id());
        List<Integer> open = items.stream().filter(i -> i.decision() == null).map(ApplicationDetail.Item::seq).toList();
        if (!open.isEmpty()) {
            throw new ConflictException(Message.of("以下事项尚未拟定答复：" + open, "Items without a decision: " + open));
        }
    }

}
