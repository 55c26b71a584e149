package org.gongkai.disclosure.internal.report;

/**
 * One leaf row of “三、本年度办理结果” in the national annual report: the row an application is counted in. Declared
 * in table order; that order is also the precedence of {@link ReportMapping#combine} (most substantive answer first).
 */
public enum ReportRow {
    GRANTED(ReportGroup.GRANTED, 0, "（一）予以公开", "Disclosed"),
    PARTIALLY_GRANTED(ReportGroup.PARTIALLY_GRANTED, 0, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "Partly disclosed (counted only here)"),
    WITHHELD_STATE_SECRET(ReportGroup.WITHHELD, 1, "1.属于国家秘密", "State secret"),
    WITHHELD_PROHIBITED_BY_LAW(ReportGroup.WITHHELD, 2, "2.其他法律行政法规禁止公开", "Prohibited by other laws or regulations"),
    WITHHELD_SECURITY_STABILITY(ReportGroup.WITHHELD, 3, "3.危及“三安全一稳定”", "Would endanger security or stability"),
    WITHHELD_THIRD_PARTY(ReportGroup.WITHHELD, 4, "4.保护第三方合法权益", "Protects third parties' rights"),
    WITHHELD_INTERNAL_AFFAIRS(ReportGroup.WITHHELD, 5, "5.属于三类内部事务信息", "Internal affairs information"),
    WITHHELD_PROCESS_INFORMATION(ReportGroup.WITHHELD, 6, "6.属于四类过程性信息", "Process information"),
    WITHHELD_ENFORCEMENT_FILE(ReportGroup.WITHHELD, 7, "7.属于行政执法案卷", "Administrative enforcement file"),
    WITHHELD_ADMINISTRATIVE_QUERY(ReportGroup.WITHHELD, 8, "8.属于行政查询事项", "Administrative query matter"),
    UNAVAILABLE_NOT_HELD(ReportGroup.UNAVAILABLE, 1, "1.本机关不掌握相关政府信息", "Not held by this agency"),
    UNAVAILABLE_NEEDS_CREATION(ReportGroup.UNAVAILABLE, 2, "2.没有现成信息需要另行制作",
            "No existing information; would have to be made"),
    UNAVAILABLE_UNCLEAR(ReportGroup.UNAVAILABLE, 3, "3.补正后申请内容仍不明确", "Still unclear after correction"),
    NOT_PROCESSED_PETITION(ReportGroup.NOT_PROCESSED, 1, "1.信访举报投诉类申请", "Petition, report or complaint"),
    NOT_PROCESSED_REPEATED(ReportGroup.NOT_PROCESSED, 2, "2.重复申请", "Repeated request"),
    NOT_PROCESSED_PUBLICATION(ReportGroup.NOT_PROCESSED, 3, "3.要求提供公开出版物", "Asks for published material"),
    NOT_PROCESSED_EXCESSIVE(ReportGroup.NOT_PROCESSED, 4, "4.无正当理由大量反复申请",
            "Excessive repeated requests without good reason"),
    NOT_PROCESSED_CONFIRMATION(ReportGroup.NOT_PROCESSED, 5, "5.要求行政机关确认或重新出具已获取信息",
            "Asks the agency to confirm or reissue information already obtained"),
    OTHER_NOT_CORRECTED(ReportGroup.OTHER, 1, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "Not corrected in time without good reason; no longer processed (Art. 30)"),
    OTHER_FEE_UNPAID(ReportGroup.OTHER, 2, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "Fee not paid in time after the fee notice; no longer processed"),
    OTHER(ReportGroup.OTHER, 3, "3.其他", "Other");

    private final ReportGroup group;
    private final int subNumber;
    private final String labelZh;
    private final String labelEn;

    ReportRow(ReportGroup group, int subNumber, String labelZh, String labelEn) {
        this.group = group;
        this.subNumber = subNumber;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public ReportGroup group() {
        return group;
    }

    /** The group's exact Chinese label, e.g. “（三）不予公开”. */
    public String groupZh() {
        return group.labelZh();
    }

    /** The sub-row number within the group (1…8), 0 for the single rows （一） and （二）. */
    public int subNumber() {
        return subNumber;
    }

    /** The exact label printed in the row's own cell, e.g. “1.属于国家秘密” or “（一）予以公开”. */
    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The label that names the row alone, e.g. “（三）不予公开 1.属于国家秘密” (for flat exports such as CSV). */
    public String fullLabelZh() {
        return group.single() ? labelZh : group.labelZh() + " " + labelZh;
    }

    /** English counterpart of {@link #fullLabelZh()}. */
    public String fullLabelEn() {
        return group.single() ? labelEn : group.labelEn() + ": " + labelEn;
    }
}
