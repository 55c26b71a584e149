package org.gongkai.delegation;

import org.gongkai.disclosure.CaseFacts;

/** A delegated case on the office's board: its facts, the zone's name and how often it was reminded. */
public record BoardRow(CaseFacts facts, String zoneName, int reminders) {
}
