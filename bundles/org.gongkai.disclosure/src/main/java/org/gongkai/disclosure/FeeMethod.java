package org.gongkai.disclosure;

/** How an information-processing fee is computed (2020 measures, Art. 3–5); one method per application. */
public enum FeeMethod {
    /** 按件: by the applicant's number of applications in the calendar month. */
    PER_APPLICATION("按件计收", "Per application"),
    /** 按量: by the number of pages provided. */
    PER_PAGE("按量计收", "Per page");

    private final String nameZh;
    private final String nameEn;

    FeeMethod(String nameZh, String nameEn) {
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
