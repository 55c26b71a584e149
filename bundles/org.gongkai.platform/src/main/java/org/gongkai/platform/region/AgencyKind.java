package org.gongkai.platform.region;

/** Kinds of agency that take part in openness work. */
public enum AgencyKind {
    GOVERNMENT("人民政府", "People's government"),
    OPENNESS_OFFICE("政务公开办", "Openness office"),
    DEPARTMENT("政府部门", "Government department"),
    TOWNSHIP_GOVERNMENT("乡镇人民政府", "Township government"),
    DEVELOPMENT_ZONE("开发区管委会", "Development-zone committee"),
    PUBLIC_INSTITUTION("公共企事业单位", "Public enterprise or institution");

    private final String nameZh;
    private final String nameEn;

    AgencyKind(String nameZh, String nameEn) {
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
