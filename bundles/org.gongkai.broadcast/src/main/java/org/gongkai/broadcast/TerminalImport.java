package org.gongkai.broadcast;

/** The result of a terminal CSV import: every line was applied. */
public record TerminalImport(int created, int updated) {
}
