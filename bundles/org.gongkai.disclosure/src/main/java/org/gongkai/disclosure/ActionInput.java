package org.gongkai.disclosure;

import java.time.LocalDate;

/**
 * What accompanies an action: a comment, the date it happened (correction received, delivery) and, for a
 * correction notice, the deadline given to the applicant.
 */
public record ActionInput(String comment, LocalDate date, LocalDate correctionDeadline) {
}
