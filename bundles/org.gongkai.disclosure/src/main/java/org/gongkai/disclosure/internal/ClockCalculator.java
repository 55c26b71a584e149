package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.disclosure.Clock;
import org.gongkai.disclosure.ClockInput;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.calendar.Deadline;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.calendar.WorkingDayResult;

/**
 * Computes a case's clocks through the platform calendar only: the correction notice is due 7 working days after
 * receipt (Art. 30); the reply 20 working days after receipt, or after the corrected application arrived (Art. 30
 * restarts it), plus an approved extension of at most 20 (Art. 33 para 2), not counting consultation and fee pauses
 * (Art. 33 para 3). Every step is written down for the user.
 */
final class ClockCalculator {
    static final int CORRECTION_DAYS = 7;
    static final int REPLY_DAYS = 20;
    static final int MAX_EXTENSION = 20;

    private final WorkingDayCalendar calendar;
    private final int warningDays;

    ClockCalculator(WorkingDayCalendar calendar, int warningDays) {
        this.calendar = calendar;
        this.warningDays = warningDays;
    }

    int warningDays() {
        return warningDays;
    }

    Clock compute(ClockInput in, LocalDate today) {
        if (in.extensionDays() < 0 || in.extensionDays() > MAX_EXTENSION) {
            throw ValidationException.of("extensionDays", "延期不得超过 20 个工作日（第三十三条第二款）",
                    "An extension is at most 20 working days (Art. 33 para 2)");
        }
        List<Message> steps = new ArrayList<>();
        steps.add(Message.of("收到申请：" + in.receiptDate() + "。" + in.channel().ruleZh(),
                "Received " + in.receiptDate() + ". " + in.channel().ruleEn()));
        WorkingDayResult correction = calendar.addWorkingDays(in.receiptDate(), CORRECTION_DAYS);
        boolean provisional = correction.provisional();
        steps.add(Message.of("补正告知期限：自收到之日次日起算 7 个工作日，至 " + correction.date() + "（第三十条）",
                "Correction notice due 7 working days after receipt: " + correction.date() + " (Art. 30)"));
        if (in.correctionRequestedOn() != null && in.correctedOn() == null) {
            steps.add(Message.of(in.correctionRequestedOn() + " 已发出补正告知；答复期限自收到补正之日起重新计算",
                    "Correction requested on " + in.correctionRequestedOn()
                            + "; the reply period restarts when the corrected application arrives"));
            return new Clock(correction.date(), null, null, Clock.Level.WAITING_FOR_CORRECTION, provisional, steps);
        }
        LocalDate start = in.receiptDate();
        if (in.correctedOn() != null) {
            start = in.correctedOn();
            steps.add(Message.of(in.correctedOn() + " 收到补正后的申请，答复期限自该日起重新计算（第三十条）",
                    "Corrected application received " + in.correctedOn() + "; the reply period restarts (Art. 30)"));
        }
        int days = REPLY_DAYS + in.extensionDays();
        steps.add(Message.of("答复期限：自 " + start + " 次日起算 20 个工作日（第三十三条第二款）",
                "Reply due 20 working days after " + start + " (Art. 33 para 2)"));
        if (in.extensionDays() > 0) {
            steps.add(Message.of("经工作机构负责人同意延长 " + in.extensionDays() + " 个工作日（第三十三条第二款）",
                    "Extended by " + in.extensionDays() + " working days with the office head's consent (Art. 33 para 2)"));
        }
        List<Pause> relevant = in.pauses() == null ? List.of() : in.pauses().stream()
                .filter(p -> p.to() == null || p.to().isAfter(in.correctedOn() == null ? in.receiptDate() : in.correctedOn()))
                .toList();
        for (Pause p : relevant) {
            steps.add(Message.of(p.reason() + "：" + p.from() + " 至 " + (p.to() == null ? "今" : p.to())
                    + "，期间不计入答复期限（第三十三条第三款）", p.reason() + ": " + p.from() + " to "
                    + (p.to() == null ? "now" : p.to()) + ", not counted (Art. 33 para 3)"));
        }
        Deadline deadline = calendar.deadline(start, days, relevant);
        provisional |= deadline.provisional();
        if (deadline.paused()) {
            steps.add(Message.of("暂停中：已用 " + deadline.countedDays() + " 个工作日，剩余 " + (days - deadline.countedDays())
                    + " 个工作日待恢复后计算", "Paused: " + deadline.countedDays() + " working days used, "
                    + (days - deadline.countedDays()) + " left when it resumes"));
            return new Clock(correction.date(), null, days - deadline.countedDays(), Clock.Level.PAUSED, provisional, steps);
        }
        steps.add(Message.of("答复截止日：" + deadline.due() + (deadline.pausedDays() > 0 ? "（已扣除暂停的 "
                + deadline.pausedDays() + " 个工作日）" : ""), "Reply due " + deadline.due()
                + (deadline.pausedDays() > 0 ? " (" + deadline.pausedDays() + " paused working days not counted)" : "")));
        LocalDate due = deadline.due();
        if (in.laterReplyDue() != null && in.laterReplyDue().isAfter(due)) {
            due = in.laterReplyDue();
            steps.add(Message.of("申请数量、频次明显超过合理范围，理由合理但无法在上述期限内答复，确定延后答复期限至 " + due
                    + "（第三十五条）", "Reasons accepted but the request cannot be answered in time: later reply date "
                    + due + " (Art. 35)"));
        }
        if (provisional) {
            steps.add(Message.of("注意：涉及的年份尚未载入国务院放假通知，日期为暂定，载入后自动重算",
                    "Note: a year involved has no official holiday notice yet; the date is provisional"));
        }
        Standing standing = standing(due, today);
        return new Clock(correction.date(), due, standing.remaining(), standing.level(), provisional, steps);
    }

    /** Working days left until a due date (negative when overdue) and the urgency level they mean. */
    record Standing(int remaining, Clock.Level level) {
    }

    Standing standing(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return new Standing(-calendar.workingDaysBetween(due, today).days(), Clock.Level.OVERDUE);
        }
        int remaining = calendar.workingDaysBetween(today, due).days();
        return new Standing(remaining, remaining <= warningDays ? Clock.Level.WARNING : Clock.Level.NORMAL);
    }
}
