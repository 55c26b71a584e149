package org.gongkai.disclosure;

/** The remedies counted in table 四 of the annual report. */
public enum RemedyKind {
    RECONSIDERATION("行政复议", "Administrative reconsideration"),
    LITIGATION_DIRECT("未经复议直接起诉", "Lawsuit without reconsideration"),
    LITIGATION_AFTER_RECONSIDERATION("复议后起诉", "Lawsuit after reconsideration");

    private final String nameZh;
    private final String nameEn;

    RemedyKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
