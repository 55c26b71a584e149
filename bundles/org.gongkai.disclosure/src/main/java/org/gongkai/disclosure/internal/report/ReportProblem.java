package org.gongkai.disclosure.internal.report;

/** A case left out of a report table because its data is inconsistent, with the reason in Chinese and English. */
public record ReportProblem(String caseNumber, String zh, String en) {
}
