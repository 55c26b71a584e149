package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.Message;

/**
 * The statutory clocks of a case and why they say what they say.
 *
 * @param correctionDue last day to issue the Art. 30 correction notice (receipt + 7 working days)
 * @param replyDue last day to reply, or null while waiting for a correction or during an open pause
 * @param remainingWorkingDays working days left until {@code replyDue} (negative when overdue), or null
 * @param level NORMAL, WARNING (few days left), OVERDUE, or PAUSED / WAITING when no clock runs
 * @param provisional true when a date depends on a year whose holiday notice is not loaded yet
 * @param explanation the steps of the computation, for the case page ("why this date")
 */
public record Clock(LocalDate correctionDue, LocalDate replyDue, Integer remainingWorkingDays, Level level,
        boolean provisional, List<Message> explanation) {

    /** How urgent the case is. */
    public enum Level {
        NORMAL, WARNING, OVERDUE, PAUSED, WAITING_FOR_CORRECTION
    }
}
