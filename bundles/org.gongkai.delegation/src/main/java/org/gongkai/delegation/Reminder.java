package org.gongkai.delegation;

import java.time.Instant;

/** A reminder (催办) the office sent a zone about a delegated case. */
public record Reminder(long id, String number, String zoneCode, String note, Instant createdAt, String createdBy) {
}
