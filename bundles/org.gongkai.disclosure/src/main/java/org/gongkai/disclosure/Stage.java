package org.gongkai.disclosure;

/**
 * Where an application stands. The eight stages of the seed's workflow (接收 → 登记 → 补正 → 拟办 → 审核 → 答复 →
 * 送达 → 归档) and the ways a case ends without a reply.
 */
public enum Stage {
    RECEIVED("接收", "Received"),
    REGISTERED("登记", "Registered"),
    CORRECTION("补正", "Awaiting correction"),
    DRAFTING("拟办", "Drafting"),
    REVIEW("审核", "In review"),
    REPLIED("答复", "Replied"),
    DELIVERED("送达", "Delivered"),
    ARCHIVED("归档", "Archived"),
    /** The applicant withdrew the application. */
    WITHDRAWN("已撤回", "Withdrawn"),
    /** Art. 30: not corrected in time without good reason; deemed abandoned. */
    ABANDONED("视为放弃", "Deemed abandoned"),
    /** Fee not paid within the period after the fee notice; no longer processed. */
    LAPSED("逾期未缴费", "Lapsed (fee not paid)");

    private final String nameZh;
    private final String nameEn;

    Stage(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True once no statutory clock runs any more. */
    public boolean closed() {
        return this == DELIVERED || this == ARCHIVED || this == WITHDRAWN || this == ABANDONED || this == LAPSED;
    }
}
