package org.gongkai.disclosure.internal.report;

/**
 * One broken consistency rule of a report table, with the cell it concerns and the numbers on both sides.
 * {@code column} is null for the remedy table, {@code line} is null for the per-column balance rule and the remedy
 * table; {@code expected} is what the cell should hold by the rule, {@code actual} what it holds.
 */
public record IntegrityViolation(Rule rule, TableLine line, ReportColumn column, long expected, long actual, String zh,
        String en) {

    /** The rules a report table must satisfy. */
    public enum Rule {
        /** Section 三, per column: 一 + 二 = 三（七） + 四 (printed in the table's top-left cell). */
        BALANCE("第一项加第二项之和，等于第三项加第四项之和", "New + carried over = total handled + carried forward"),
        /** Section 三, per column: （七）总计 = the sum of the 21 result rows （一）…（六）. */
        RESULTS_SUM("（七）总计等于（一）至（六）各项之和", "Total handled = sum of the result rows"),
        /** Section 三, per line: 总计 column = the sum of the six applicant columns. */
        COLUMN_TOTAL("总计列等于六类申请人之和", "Total column = sum of the six applicant columns"),
        /** No count may be negative. */
        NON_NEGATIVE("数字不能为负数", "Counts cannot be negative"),
        /** Section 四, per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
        REMEDY_TOTAL("复议、诉讼各组总计等于四项结果之和", "Each remedy group's total = sum of its four results");

        private final String zh;
        private final String en;

        Rule(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }
}
