package org.gongkai.delegation;

/** What a delegation rule matches in an application. */
public enum RuleKind {
    /** A subject or keyword the zone owns (e.g. 园区企业, 标准厂房), matched in the title and the items. */
    SUBJECT("事项关键词", "Subject keyword"),
    /** A place name in the zone (villages, communities); the regions under the zone's region count as well. */
    PLACE("地名", "Place name"),
    /** A catalog entry code the zone keeps the information of, matched against the items' catalog codes. */
    CATALOG("目录事项", "Catalog item");

    private final String nameZh;
    private final String nameEn;

    RuleKind(String nameZh, String nameEn) {
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
