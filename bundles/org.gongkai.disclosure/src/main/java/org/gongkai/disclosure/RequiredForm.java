package org.gongkai.disclosure;

/** The form in which the applicant wants the information (Art. 29 (3), Art. 40). */
public enum RequiredForm {
    PAPER("纸质", "Paper"), ELECTRONIC("电子", "Electronic"), OTHER("其他", "Other");

    private final String nameZh;
    private final String nameEn;

    RequiredForm(String nameZh, String nameEn) {
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
