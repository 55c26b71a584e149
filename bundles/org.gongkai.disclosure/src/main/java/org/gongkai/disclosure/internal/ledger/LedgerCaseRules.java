package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerColumn.DECISIONS;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.DELIVERED_ON;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.GROUNDS;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.OUTCOME;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.REPLY_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * The checks across the cells of one row: date order, the outcome against the dates and decisions, one decision per
 * item (or one for all), a ground for each decision that needs one. A check is skipped when a cell it reads was
 * already reported bad, so each problem is reported once.
 */
final class LedgerCaseRules {

    /** The cell values of one row; null where blank or bad (decisions and grounds: empty when blank). */
    record Cells(String number, LocalDate receiptDate, Channel channel, ApplicantType applicantType,
            String applicantName, String agencyCode, List<String> items, List<Decision> decisions,
            List<Ground> grounds, LocalDate replyDate, LocalDate deliveredOn, String outcomeText) {
    }

    private LedgerCaseRules() {
    }

    static Optional<LedgerRow> build(int line, Cells c, RowErrors errors) {
        checkDateOrder(c, errors);
        LedgerOutcome outcome = outcome(c, errors);
        if (outcome != null && !errors.anyBad(REPLY_DATE, DELIVERED_ON)) {
            checkOutcome(outcome, c, errors);
        }
        List<LedgerItem> items = items(c, outcome, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        LocalDate replyDate = outcome.replied() ? c.replyDate() : null;
        LocalDate endDate = outcome == LedgerOutcome.OPEN ? null : c.replyDate();
        return Optional.of(new LedgerRow(line, c.number(), c.receiptDate(), c.channel(), c.applicantType(),
                c.applicantName(), c.agencyCode(), items, outcome, replyDate, c.deliveredOn(), endDate));
    }

    private static void checkDateOrder(Cells c, RowErrors errors) {
        if (c.receiptDate() != null && c.replyDate() != null && c.replyDate().isBefore(c.receiptDate())) {
            errors.add(REPLY_DATE, "答复日期 " + c.replyDate() + " 早于收到日期 " + c.receiptDate(),
                    "The reply date " + c.replyDate() + " is before the receipt date " + c.receiptDate());
        }
        if (c.deliveredOn() == null) {
            return;
        }
        if (c.replyDate() != null && c.deliveredOn().isBefore(c.replyDate())) {
            errors.add(DELIVERED_ON, "送达日期 " + c.deliveredOn() + " 早于答复日期 " + c.replyDate(),
                    "The delivery date " + c.deliveredOn() + " is before the reply date " + c.replyDate());
        } else if (c.receiptDate() != null && c.deliveredOn().isBefore(c.receiptDate())) {
            errors.add(DELIVERED_ON, "送达日期 " + c.deliveredOn() + " 早于收到日期 " + c.receiptDate(),
                    "The delivery date " + c.deliveredOn() + " is before the receipt date " + c.receiptDate());
        }
    }

    /** The outcome as written, or derived from the dates when the cell is blank or says 已办结; null when unknown. */
    private static LedgerOutcome outcome(Cells c, RowErrors errors) {
        String text = c.outcomeText();
        if (errors.anyBad(REPLY_DATE, DELIVERED_ON) && (text.isEmpty() || LedgerVocabulary.isEnded(text))) {
            return null;
        }
        if (text.isEmpty()) {
            return c.deliveredOn() != null ? LedgerOutcome.DELIVERED
                    : c.replyDate() != null ? LedgerOutcome.REPLIED : LedgerOutcome.OPEN;
        }
        if (LedgerVocabulary.isEnded(text)) {
            return c.deliveredOn() != null ? LedgerOutcome.DELIVERED : LedgerOutcome.REPLIED;
        }
        Optional<LedgerOutcome> o = LedgerVocabulary.OUTCOMES.find(text);
        if (o.isEmpty()) {
            errors.add(OUTCOME, "无法识别的办结情况“" + text + "”，可填：" + LedgerVocabulary.OUTCOMES.choicesZh()
                    + "，或留空（按答复、送达日期推定）",
                    "Unknown status " + text + "; one of: " + LedgerVocabulary.OUTCOMES.choicesEn()
                            + ", or blank (derived from the dates)");
            return null;
        }
        return o.get();
    }

    private static void checkOutcome(LedgerOutcome outcome, Cells c, RowErrors errors) {
        String name = outcome.nameZh();
        if (outcome == LedgerOutcome.OPEN) {
            forbid(c.replyDate() != null, REPLY_DATE, name, "答复日期", "a reply date", errors);
            forbid(c.deliveredOn() != null, DELIVERED_ON, name, "送达日期", "a delivery date", errors);
        }
        if (outcome.replied()) {
            require(c.replyDate() == null, REPLY_DATE, name, "答复日期", "the reply date", errors);
            if (!errors.anyBad(DECISIONS)) {
                require(c.decisions().isEmpty(), DECISIONS, name, "处理结果", "the decisions", errors);
            }
        }
        if (outcome == LedgerOutcome.DELIVERED) {
            require(c.deliveredOn() == null, DELIVERED_ON, name, "送达日期", "the delivery date", errors);
        }
        if (outcome == LedgerOutcome.REPLIED && c.deliveredOn() != null) {
            errors.add(OUTCOME, "填写了送达日期，办结情况应为“已送达”（或清空送达日期）",
                    "A delivery date is given, so the status should be DELIVERED (or clear the delivery date)");
        }
        if (outcome.endedWithoutReply() && c.replyDate() == null) {
            errors.add(REPLY_DATE, name + "的申请须在“答复日期”列填写办结日期",
                    "A " + outcome.nameEn().toLowerCase() + " case needs its end date in the reply-date column");
        }
        if (outcome == LedgerOutcome.OPEN || outcome.endedWithoutReply()) {
            if (!errors.anyBad(DECISIONS)) {
                forbid(!c.decisions().isEmpty(), DECISIONS, name, "处理结果", "decisions", errors);
            }
            if (!errors.anyBad(GROUNDS)) {
                forbid(c.grounds().stream().anyMatch(g -> g != null), GROUNDS, name, "不予公开理由", "grounds", errors);
            }
        }
    }

    private static void require(boolean missing, LedgerColumn column, String outcome, String zh, String en,
            RowErrors errors) {
        if (missing) {
            errors.add(column, "办结情况为“" + outcome + "”的申请须填写" + zh, "A case marked " + outcome + " needs " + en);
        }
    }

    private static void forbid(boolean present, LedgerColumn column, String outcome, String zh, String en,
            RowErrors errors) {
        if (present) {
            errors.add(column, "办结情况为“" + outcome + "”的申请不应填写" + zh,
                    "A case marked " + outcome + " must not have " + en);
        }
    }

    /**
     * The items with their decisions and grounds; null when they cannot be built. Decisions of a case that is open or
     * ended without a reply were already reported, and are not read.
     */
    private static List<LedgerItem> items(Cells c, LedgerOutcome outcome, RowErrors errors) {
        if (c.items() == null || errors.anyBad(DECISIONS, GROUNDS)) {
            return null;
        }
        int n = c.items().size();
        boolean decided = outcome == null || outcome.replied();
        List<Decision> decisions = decided ? c.decisions() : List.of();
        if (decisions.size() > 1 && decisions.size() != n) {
            errors.add(DECISIONS, "处理结果有 " + decisions.size() + " 项，申请内容有 " + n + " 项：请逐项填写，或只填一项适用于全部",
                    decisions.size() + " decisions for " + n + " items: give one per item, or one for all");
            return null;
        }
        List<Decision> perItem = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perItem.add(decisions.isEmpty() ? null : decisions.size() == 1 ? decisions.get(0) : decisions.get(i));
        }
        List<Ground> grounds = GroundAssignment.assign(perItem, decided ? c.grounds() : List.of(), errors);
        if (grounds == null) {
            return null;
        }
        List<LedgerItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new LedgerItem(c.items().get(i), perItem.get(i), grounds.get(i)));
        }
        return items;
    }

    /** “第 1、3 项” for 0-based indexes. */
    static String itemNumbers(List<Integer> indexes) {
        return indexes.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("、"));
    }
}
