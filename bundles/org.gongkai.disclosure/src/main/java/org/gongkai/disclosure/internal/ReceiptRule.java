package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.ReceiptFacts;
import org.gongkai.platform.ValidationException;

/**
 * The Art. 31 date of receipt of an application, from its channel and the recorded facts. Online submissions count as
 * confirmed on submission when the agency's portal confirms automatically (configurable, the default).
 */
final class ReceiptRule {
    private final boolean onlineConfirmedOnSubmission;

    ReceiptRule(boolean onlineConfirmedOnSubmission) {
        this.onlineConfirmedOnSubmission = onlineConfirmedOnSubmission;
    }

    LocalDate receiptDate(ReceiptFacts facts, LocalDate today) {
        if (facts == null || facts.channel() == null) {
            throw ValidationException.of("channel", "请选择申请方式", "Choose the channel");
        }
        LocalDate date = switch (facts.channel()) {
            case IN_PERSON, ORAL, EMAIL -> require(facts.submittedOn(), "submittedOn", "提交日期", "submission date");
            case REGISTERED_POST -> require(facts.signedForOn(), "signedForOn", "签收日期", "date signed for");
            case ORDINARY_POST, FAX -> require(facts.confirmedOn(), "confirmedOn", "与申请人确认的日期",
                    "date confirmed with the applicant");
            case ONLINE -> onlineConfirmedOnSubmission && facts.confirmedOn() == null
                    ? require(facts.submittedOn(), "submittedOn", "提交日期", "submission date")
                    : require(facts.confirmedOn(), "confirmedOn", "双方确认日期", "date both sides confirmed");
        };
        if (date.isAfter(today)) {
            throw ValidationException.of(fieldOf(facts), "收到日期不能晚于今天", "The date of receipt cannot be in the future");
        }
        if (facts.submittedOn() != null && date.isBefore(facts.submittedOn())) {
            throw ValidationException.of(fieldOf(facts), "收到日期不能早于提交日期", "Receipt cannot precede submission");
        }
        return date;
    }

    private static String fieldOf(ReceiptFacts f) {
        return switch (f.channel()) {
            case REGISTERED_POST -> "signedForOn";
            case ORDINARY_POST, FAX -> "confirmedOn";
            case ONLINE -> f.confirmedOn() != null ? "confirmedOn" : "submittedOn";
            default -> "submittedOn";
        };
    }

    private static LocalDate require(LocalDate value, String field, String zh, String en) {
        if (value == null) {
            throw ValidationException.of(field, "此申请方式须填写" + zh, "This channel needs the " + en);
        }
        return value;
    }
}
