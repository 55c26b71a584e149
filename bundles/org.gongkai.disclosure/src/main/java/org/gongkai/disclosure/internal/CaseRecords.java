package org.gongkai.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Fee;
import org.gongkai.disclosure.FeeMethod;
import org.gongkai.disclosure.Remedy;
import org.gongkai.disclosure.RemedyResult;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.letter.FeeFacts;
import org.gongkai.disclosure.internal.letter.LetterKind;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * What is recorded around a case besides its stage: the fee notice and payment (2020 measures), reconsideration and
 * lawsuit records, attached files, and the daily flags for lapsed correction and payment periods. Each change runs in
 * one transaction on the locked case row and is audited.
 */
final class CaseRecords {
    static final int MAX_ATTACHMENT = 10 * 1024 * 1024;
    private static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final DisclosureServiceImpl cases;
    private final ApplicationStore store;
    private final CaseRecordStore records;
    private final Transactions tx;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final DisclosureServiceImpl.FeeSettings fees;

    CaseRecords(DisclosureServiceImpl cases, ApplicationStore store, CaseRecordStore records, Transactions tx,
            AuditTrail audit, WorkingDayCalendar calendar, Clock clock, DisclosureServiceImpl.FeeSettings fees) {
        this.cases = cases;
        this.store = store;
        this.records = records;
        this.tx = tx;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.fees = fees;
    }

    /**
     * Issues a fee notice: 按件 counts the applicant's applications received in the same calendar month up to this
     * one; 按量 takes the pages. With the default configuration the time until payment is a pause of the reply clock,
     * and the applicant has 20 working days from the day after the notice to pay.
     */
    ApplicationDetail feeNotice(Actor caller, String number, FeeMethod method, Integer pages) {
        Actor actor = cases.actingOn(caller, number);
        actor.requireAnyRole(Role.HANDLER);
        if (method == null) {
            throw ValidationException.of("method", "请选择按件或按量计收", "Choose per application or per page");
        }
        if (method == FeeMethod.PER_PAGE && (pages == null || pages < 1 || pages > 100_000)) {
            throw ValidationException.of("pages", "按量计收须填写页数（1–100000）", "Give the number of pages (1–100000)");
        }
        tx.required(() -> {
            AppRow r = cases.locked(actor, number);
            if (r.stage() != Stage.REGISTERED && r.stage() != Stage.DRAFTING) {
                throw new ConflictException(Message.of("登记后、提交审核前才能发出收费通知",
                        "A fee notice is issued after registration and before review"));
            }
            if (records.fee(r.id()).isPresent()) {
                throw new ConflictException(Message.of("每件申请只能发出一次收费通知（按件、按量择一）",
                        "One fee notice per application (one method only)"));
            }
            LocalDate today = cases.today();
            int quantity;
            int amount;
            String basis;
            if (method == FeeMethod.PER_APPLICATION) {
                LocalDate receipt = r.receiptDate();
                quantity = r.in().applicantKey() == null ? 1
                        : store.applicantCountInMonth(r.in().applicantKey(), receipt.withDayOfMonth(1), receipt, r.id());
                amount = FeeRules.perApplication(quantity);
                basis = FeeRules.basisPerApplication(quantity, amount);
            } else {
                quantity = pages;
                amount = FeeRules.perPage(pages);
                basis = FeeRules.basisPerPage(pages, amount);
            }
            if (amount == 0) {
                throw new ConflictException(Message.of("按收费标准本申请不收费：" + basis,
                        "No fee is due under the scale: " + basis));
            }
            LocalDate due = calendar.addWorkingDays(today, fees.paymentDays()).date();
            Long pauseId = null;
            if (fees.pausesClock()) {
                if (store.pauses(r.id()).stream().anyMatch(p -> p.to() == null)) {
                    throw new ConflictException(Message.of("已有进行中的暂停，请先结束", "Another pause is running"));
                }
                pauseId = store.insertPause(r.id(), "FEE", today, "收费通知至缴费");
            }
            records.insertFee(r.id(), new Fee(method, quantity, amount, basis, today, due, null, null), pauseId);
            store.update(cases.withDue(r, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "FEE_NOTICE", r.stage(), r.stage(),
                    basis + "，缴费期限 " + due);
            FeeFacts facts = new FeeFacts(method == FeeMethod.PER_PAGE ? FeeFacts.Method.PER_VOLUME
                    : FeeFacts.Method.PER_APPLICATION, quantity, java.math.BigDecimal.valueOf(amount), due,
                    "按非税收入收缴方式缴入国库");
            cases.issueLetter(actor, number, r.id(), LetterKind.FEE, (c, d, s, no, date) -> c.fee(d, s, no, date, facts));
            audit.append(actor, "DISCLOSURE_FEE_NOTICE", DisclosureServiceImpl.OBJECT_TYPE, number, method + " "
                    + quantity + " → " + amount + " yuan, due " + due);

        });
        return cases.detail(actor, number, false);
    }

    /** Records the payment (to the treasury; the platform keeps the receipt number) and resumes the clock. */
    ApplicationDetail feePaid(Actor caller, String number, LocalDate paidOn, String receiptNumber) {
        Actor actor = cases.actingOn(caller, number);
        actor.requireAnyRole(Role.REGISTRAR, Role.HANDLER);
        List<FieldError> errors = new ArrayList<>();
        String receipt = Inputs.name(errors, "receiptNumber", receiptNumber, 60);
        Inputs.check(errors);
        tx.required(() -> {
            AppRow r = cases.locked(actor, number);
            Fee fee = records.fee(r.id()).orElseThrow(() -> new ConflictException(Message.of("没有收费通知",
                    "No fee notice was issued")));
            if (fee.paidOn() != null) {
                throw new ConflictException(Message.of("已登记缴费", "The payment is recorded already"));
            }
            if (r.stage().closed()) {
                throw new ConflictException(Message.of("申请已终止", "The case is closed"));
            }
            LocalDate on = CaseInputs.dateOrToday(paidOn, cases.today(), "paidOn");
            if (on.isBefore(fee.noticeOn())) {
                throw ValidationException.of("paidOn", "缴费日期不能早于收费通知", "Payment cannot precede the notice");
            }
            records.feePaid(r.id(), on, receipt);
            records.feePause(r.id()).ifPresent(pid -> store.endPause(r.id(), pid, on));
            store.update(cases.withDue(r, store.pauses(r.id())), clock.instant());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "FEE_PAID", r.stage(), r.stage(),
                    on + " 缴费 " + fee.amountYuan() + " 元，票据号 " + receipt);
            audit.append(actor, "DISCLOSURE_FEE_PAID", DisclosureServiceImpl.OBJECT_TYPE, number, on + " receipt "
                    + receipt);
        });
        return cases.detail(actor, number, false);
    }

    /** Records a reconsideration or lawsuit about the case's reply. */
    ApplicationDetail addRemedy(Actor caller, String number, Remedy in) {
        Actor actor = cases.actingOn(caller, number);
        actor.requireAnyRole(Role.REGISTRAR, Role.OFFICE_HEAD, Role.REVIEWER);
        if (in == null || in.kind() == null) {
            throw ValidationException.of("kind", "请选择复议或诉讼类型", "Choose reconsideration or lawsuit");
        }
        List<FieldError> errors = new ArrayList<>();
        String organ = Inputs.name(errors, "organ", in.organ(), 200);
        String caseNo = in.caseNumber() == null || in.caseNumber().isBlank() ? null
                : Inputs.name(errors, "caseNumber", in.caseNumber(), 100);
        String note = note(errors, in.note());
        if (in.filedOn() == null) {
            errors.add(FieldError.of("filedOn", "请填写申请复议或起诉的日期", "Give the filing date"));
        }
        RemedyResult result = in.result() == null ? RemedyResult.PENDING : in.result();
        if (result != RemedyResult.PENDING && in.decidedOn() == null) {
            errors.add(FieldError.of("decidedOn", "已审结的须填写审结日期", "Give the decision date"));
        }
        Inputs.check(errors);
        LocalDate today = cases.today();
        CaseInputs.dateOrToday(in.filedOn(), today, "filedOn");
        if (in.decidedOn() != null) {
            CaseInputs.dateOrToday(in.decidedOn(), today, "decidedOn");
            if (in.decidedOn().isBefore(in.filedOn())) {
                throw ValidationException.of("decidedOn", "审结日期不能早于提起日期", "Cannot precede the filing");
            }
        }
        tx.required(() -> {
            AppRow r = cases.lockedIncludingArchived(actor, number);
            long id = records.insertRemedy(r.id(), new Remedy(0, in.kind(), in.filedOn(), organ, caseNo, result,
                    result == RemedyResult.PENDING ? null : in.decidedOn(), note));
            store.insertEvent(r.id(), clock.instant(), actor.username(), "REMEDY", r.stage(), r.stage(),
                    in.kind().nameZh() + "：" + organ + "，" + in.filedOn() + "，" + result.nameZh());
            audit.append(actor, "DISCLOSURE_REMEDY", DisclosureServiceImpl.OBJECT_TYPE, number, "remedy " + id + " "
                    + in.kind() + " " + result);
        });
        return cases.detail(actor, number, false);
    }

    /** Records the result of a pending reconsideration or lawsuit. */
    ApplicationDetail decideRemedy(Actor caller, String number, long remedyId, RemedyResult result, LocalDate decidedOn,
            String note) {
        Actor actor = cases.actingOn(caller, number);
        actor.requireAnyRole(Role.REGISTRAR, Role.OFFICE_HEAD, Role.REVIEWER);
        if (result == null) {
            throw ValidationException.of("result", "请选择结果", "Choose the result");
        }
        List<FieldError> errors = new ArrayList<>();
        String n = note(errors, note);
        Inputs.check(errors);
        if (result != RemedyResult.PENDING && decidedOn == null) {
            throw ValidationException.of("decidedOn", "已审结的须填写审结日期", "Give the decision date");
        }
        if (decidedOn != null) {
            CaseInputs.dateOrToday(decidedOn, cases.today(), "decidedOn");
        }
        tx.required(() -> {
            AppRow r = cases.lockedIncludingArchived(actor, number);
            Remedy old = records.remedies(r.id()).stream().filter(x -> x.id() == remedyId).findFirst()
                    .orElseThrow(() -> new NotFoundException("复议或诉讼 remedy", Long.toString(remedyId)));
            if (decidedOn != null && decidedOn.isBefore(old.filedOn())) {
                throw ValidationException.of("decidedOn", "审结日期不能早于提起日期", "Cannot precede the filing");
            }
            records.updateRemedy(r.id(), remedyId, result, result == RemedyResult.PENDING ? null : decidedOn, n);
            store.insertEvent(r.id(), clock.instant(), actor.username(), "REMEDY_RESULT", r.stage(), r.stage(),
                    old.kind().nameZh() + "结果：" + result.nameZh());
            audit.append(actor, "DISCLOSURE_REMEDY_RESULT", DisclosureServiceImpl.OBJECT_TYPE, number, "remedy "
                    + remedyId + " " + result);
        });
        return cases.detail(actor, number, false);
    }

    /** Attaches a file (PDF, JPEG or PNG up to 10 MB), e.g. the delivery proof. */
    ApplicationDetail attach(Actor caller, String number, String kind, String fileName, String contentType,
            byte[] data) {
        Actor actor = cases.actingOn(caller, number);
        actor.requireAnyRole(Role.REGISTRAR, Role.HANDLER);
        List<FieldError> errors = new ArrayList<>();
        String k = kind == null || kind.isBlank() ? "OTHER" : kind.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("DELIVERY_PROOF", "APPLICATION_SCAN", "CORRECTION", "CONSULTATION", "OTHER").contains(k)) {
            errors.add(FieldError.of("kind", "附件类型无效", "Unknown attachment kind"));
        }
        String name = Inputs.name(errors, "fileName", fileName, 200);
        if (contentType == null || !ATTACHMENT_TYPES.contains(contentType)) {
            errors.add(FieldError.of("file", "只接受 PDF、JPEG、PNG 文件", "Only PDF, JPEG and PNG files"));
        }
        if (data == null || data.length == 0) {
            errors.add(FieldError.of("file", "文件为空", "The file is empty"));
        } else if (data.length > MAX_ATTACHMENT) {
            errors.add(FieldError.of("file", "文件不能超过 10 MB", "At most 10 MB"));
        }
        Inputs.check(errors);
        String sha = sha256(data);
        tx.required(() -> {
            AppRow r = cases.locked(actor, number);
            long id = records.insertAttachment(r.id(), k, name, contentType, data, sha, clock.instant(),
                    actor.username());
            store.insertEvent(r.id(), clock.instant(), actor.username(), "ATTACH", r.stage(), r.stage(),
                    "附件：" + name);
            audit.append(actor, "DISCLOSURE_ATTACH", DisclosureServiceImpl.OBJECT_TYPE, number, "attachment " + id
                    + " " + k + " sha256=" + sha);
        });
        return cases.detail(actor, number, false);
    }

    /** An attached file's bytes with its metadata; viewing it is audited. */
    org.gongkai.disclosure.AttachedFile attachment(Actor actor, String number, long attachmentId) {
        ApplicationDetail d = cases.detail(actor, number, false);
        ApplicationDetail.AttachmentInfo info = d.attachments().stream().filter(a -> a.id() == attachmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("附件 attachment", Long.toString(attachmentId)));
        long id = store.byNumber(number).orElseThrow().id();
        byte[] data = records.attachmentData(id, attachmentId).orElseThrow();
        audit.append(actor, org.gongkai.platform.audit.AuditActions.PERSONAL_DATA_VIEWED,
                DisclosureServiceImpl.OBJECT_TYPE, number, "attachment " + attachmentId + " downloaded");
        return new org.gongkai.disclosure.AttachedFile(info, data);
    }

    private static String note(List<FieldError> errors, String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > 1000) {
            errors.add(FieldError.of("note", "备注不能超过 1000 个字符", "At most 1000 characters"));
            return null;
        }
        return note.strip();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
