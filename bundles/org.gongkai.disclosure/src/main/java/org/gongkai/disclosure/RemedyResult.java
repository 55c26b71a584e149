package org.gongkai.disclosure;

/** The result of a reconsideration or lawsuit, as table 四 counts it. */
public enum RemedyResult {
    MAINTAINED("结果维持", "Upheld"),
    CORRECTED("结果纠正", "Corrected"),
    OTHER("其他结果", "Other result"),
    PENDING("尚未审结", "Pending");

    private final String nameZh;
    private final String nameEn;

    RemedyResult(String nameZh, String nameEn) {
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
