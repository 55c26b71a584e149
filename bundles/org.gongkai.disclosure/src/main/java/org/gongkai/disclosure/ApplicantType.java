package org.gongkai.disclosure;

/** 申请人类型 as the national annual report counts them: natural persons and five kinds of organisation. */
public enum ApplicantType {
    NATURAL_PERSON("自然人", "Natural person"),
    COMMERCIAL_ENTERPRISE("商业企业", "Commercial enterprise"),
    RESEARCH_INSTITUTION("科研机构", "Research institution"),
    SOCIAL_WELFARE_ORG("社会公益组织", "Social welfare organisation"),
    LEGAL_SERVICE_ORG("法律服务机构", "Legal service organisation"),
    OTHER_ORG("其他组织", "Other organisation");

    private final String nameZh;
    private final String nameEn;

    ApplicantType(String nameZh, String nameEn) {
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
