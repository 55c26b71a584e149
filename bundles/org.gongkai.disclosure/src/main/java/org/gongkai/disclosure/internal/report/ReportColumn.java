package org.gongkai.disclosure.internal.report;

import java.util.List;
import org.gongkai.disclosure.ApplicantType;

/**
 * The seven number columns of the national table (申请人情况): natural persons, the five kinds of 法人或其他组织, and
 * 总计, which is always computed as the sum of the other six.
 */
public enum ReportColumn {
    NATURAL_PERSON("自然人", "Natural person"),
    COMMERCIAL_ENTERPRISE("商业企业", "Commercial enterprise"),
    RESEARCH_INSTITUTION("科研机构", "Research institution"),
    SOCIAL_WELFARE_ORG("社会公益组织", "Social welfare organisation"),
    LEGAL_SERVICE_ORG("法律服务机构", "Legal service organisation"),
    OTHER_ORG("其他", "Other organisation"),
    TOTAL("总计", "Total");

    private static final List<ReportColumn> APPLICANT_COLUMNS = List.of(NATURAL_PERSON, COMMERCIAL_ENTERPRISE,
            RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORG, LEGAL_SERVICE_ORG, OTHER_ORG);

    private final String labelZh;
    private final String labelEn;

    ReportColumn(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The column header exactly as printed in the national table. */
    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The six applicant columns, without {@link #TOTAL}. */
    public static List<ReportColumn> applicantColumns() {
        return APPLICANT_COLUMNS;
    }

    /** The column an applicant of this type is counted in. */
    public static ReportColumn of(ApplicantType type) {
        return switch (type) {
            case NATURAL_PERSON -> NATURAL_PERSON;
            case COMMERCIAL_ENTERPRISE -> COMMERCIAL_ENTERPRISE;
            case RESEARCH_INSTITUTION -> RESEARCH_INSTITUTION;
            case SOCIAL_WELFARE_ORG -> SOCIAL_WELFARE_ORG;
            case LEGAL_SERVICE_ORG -> LEGAL_SERVICE_ORG;
            case OTHER_ORG -> OTHER_ORG;
        };
    }
}
