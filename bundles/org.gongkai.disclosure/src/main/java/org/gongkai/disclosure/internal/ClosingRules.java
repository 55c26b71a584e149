package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Delivery;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.disclosure.internal.report.ReportRow;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;

/** How a case ends: the annual-report row it is counted under, and the delivery of its reply. */
final class ClosingRules {
    private final ReportMapping mapping;

    ClosingRules(ReportMapping mapping) {
        this.mapping = mapping;
    }

    /** The row proposed from the items' decisions (or from how the case ended), or null while undecided. */
    String proposeRow(Stage stage, List<ApplicationDetail.Item> items) {
        Optional<ReportRow> end = ReportMapping.rowOfEnd(stage);
        if (end.isPresent()) {
            return end.get().name();
        }
        if (items.isEmpty() || items.stream().anyMatch(i -> i.decision() == null)) {
            return null;
        }
        return ReportMapping.combine(items.stream().map(i -> mapping.rowOf(i.decision(), i.ground())).toList()).name();
    }

    static String endRow(Stage stage) {
        return ReportMapping.rowOfEnd(stage).map(Enum::name).orElseThrow();
    }

    /** The reviewer's row if given (checked), else the proposal from the items. */
    String confirmedRow(Stage stage, List<ApplicationDetail.Item> items, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            try {
                return ReportRow.valueOf(chosen.strip()).name();
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("reportRow", "年报统计类别无效", "Unknown annual-report row");
            }
        }
        String proposed = proposeRow(stage, items);
        if (proposed == null) {
            throw new ConflictException(Message.of("尚有事项未拟定答复", "Some items have no decision yet"));
        }
        return proposed;
    }

    /**
     * The delivery an action records: post is dated by the posting day, online delivery only where the applicant
     * chose it and dated when the reply is made available (now), never before the reply was made.
     */
    static Delivery delivery(ReceiveBy chosen, LocalDate replied, ActionInput in, LocalDate today) {
        ReceiveBy method = in.deliveryMethod() == null ? chosen : in.deliveryMethod();
        String tracking = CaseInputs.blankToNull(in.trackingNumber());
        if (tracking != null && tracking.length() > 60) {
            throw ValidationException.of("trackingNumber", "单号不能超过 60 个字符", "At most 60 characters");
        }
        LocalDate on;
        if (method == ReceiveBy.ONLINE) {
            if (chosen != ReceiveBy.ONLINE) {
                throw ValidationException.of("deliveryMethod", "申请人未选择网上获取，不能以网上方式送达",
                        "The applicant did not choose to receive the reply online");
            }
            on = today; // dated when the reply is made available to the applicant: now
        } else {
            on = CaseInputs.dateOrToday(in.date(), today, "date");
        }
        if (replied != null && on.isBefore(replied)) {
            throw ValidationException.of("date", "送达日期不能早于答复日期 " + replied, "Delivery cannot precede the reply of "
                    + replied);
        }
        String note = switch (method) {
            case POST -> "邮寄送达，以交邮之日为送达日期";
            case ONLINE -> "网上送达，以答复可供申请人查阅下载之日为送达日期";
            case EMAIL -> "电子邮件送达";
            case PICKUP -> "当面领取";
        };
        return new Delivery(method, on, tracking, note);
    }
}
