package org.gongkai.platform.calendar;

import java.time.LocalDate;

/**
 * An interval that does not count towards a statutory period (e.g. Art. 33 para 3: consulting third parties; the time
 * between a fee notice and payment). The working days strictly after {@code from} up to and including {@code to}
 * are excluded: the day the letter goes out still counts, the day the answer arrives does not. {@code to == null}
 * means the pause is still running.
 */
public record Pause(LocalDate from, LocalDate to, String reason) {
}
