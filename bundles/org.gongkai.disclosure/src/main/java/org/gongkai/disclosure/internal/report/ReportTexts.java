package org.gongkai.disclosure.internal.report;

/**
 * The free text of an annual report as written by the office: title, 一、总体情况, an optional note for 二 (whose
 * table is produced elsewhere), 五、存在的主要问题及改进情况 and 六、其他需要报告的事项. Plain text; null means empty.
 */
public record ReportTexts(String title, String overview, String proactiveDisclosure, String problemsAndImprovements,
        String otherMatters) {
}
