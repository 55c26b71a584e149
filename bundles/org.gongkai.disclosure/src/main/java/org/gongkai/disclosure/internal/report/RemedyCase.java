package org.gongkai.disclosure.internal.report;

import java.time.LocalDate;

/**
 * One 行政复议 or 行政诉讼 about the agency's disclosure work, for section 四 of the annual report. A lawsuit brought
 * after a reconsideration is a second record ({@link Kind#LITIGATION_AFTER_RECONSIDERATION}) beside the
 * reconsideration's own. {@code decidedOn} is null and {@code result} is {@link Result#PENDING} (or null) until decided.
 */
public record RemedyCase(Kind kind, Result result, LocalDate filedOn, LocalDate decidedOn) {

    /** The three groups of the section 四 table, in table order. */
    public enum Kind {
        RECONSIDERATION("行政复议", "行政复议", "Administrative reconsideration"),
        LITIGATION_DIRECT("行政诉讼", "未经复议直接起诉", "Lawsuit without reconsideration"),
        LITIGATION_AFTER_RECONSIDERATION("行政诉讼", "复议后起诉", "Lawsuit after reconsideration");

        private final String headingZh;
        private final String labelZh;
        private final String labelEn;

        Kind(String headingZh, String labelZh, String labelEn) {
            this.headingZh = headingZh;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        /** The top header the group sits under: 行政复议 or 行政诉讼. */
        public String headingZh() {
            return headingZh;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /** The four result columns of each group, in table order (each group then has its 总计). */
    public enum Result {
        MAINTAINED("结果维持", "Upheld"),
        CORRECTED("结果纠正", "Corrected"),
        OTHER("其他结果", "Other result"),
        PENDING("尚未审结", "Pending");

        private final String labelZh;
        private final String labelEn;

        Result(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }
}
