package org.gongkai.disclosure;

/**
 * The decision on one requested item, with the article it rests on. The annual-report row of each decision is
 * mapped in one place when the report is built; {@link #needsGround()} decisions also need a {@link Ground}.
 */
public enum Decision {
    ALREADY_PUBLIC("已主动公开，告知获取方式", "Already published: how to obtain it", "第三十六条第（一）项", false),
    DISCLOSED("予以公开", "Disclosed", "第三十六条第（二）项", false),
    PARTIALLY_DISCLOSED("部分公开", "Partly disclosed", "第三十七条", true),
    WITHHELD("不予公开", "Not disclosed", "第三十六条第（三）项", true),
    NOT_HELD("经检索没有所申请的信息", "Not held after search", "第三十六条第（四）项", false),
    NOT_RESPONSIBLE("不属于本机关负责公开", "Not this agency's information", "第三十六条第（五）项", false),
    REPEATED("重复申请，不予重复处理", "Repeated request", "第三十六条第（六）项", false),
    SPECIAL_PROCEDURE("按有关法律、行政法规办理", "Special access procedure applies", "第三十六条第（七）项", false),
    NEEDS_CREATION("需另行制作或加工分析，不予提供", "Would need new information to be made", "第三十八条", false),
    UNCLEAR_AFTER_CORRECTION("补正后申请内容仍不明确", "Still unclear after correction", "第三十条", false),
    PETITION("信访、投诉、举报类申请，不作为信息公开申请处理", "Petition or complaint, not an information request",
            "第三十九条第一款", false),
    PUBLICATION("要求提供公开出版物，告知获取途径", "Published material: where to obtain it", "第三十九条第二款", false),
    EXCESSIVE("无正当理由大量反复申请，不予处理", "Excessive requests without reason", "第三十五条", false),
    CONFIRMATION_REQUEST("要求确认或重新出具已获取信息，不予处理", "Asks to confirm or reissue information held",
            "第三十九条", false);

    private final String nameZh;
    private final String nameEn;
    private final String article;
    private final boolean needsGround;

    Decision(String nameZh, String nameEn, String article, boolean needsGround) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.article = article;
        this.needsGround = needsGround;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The article of the 2019 Regulation the decision rests on. */
    public String article() {
        return article;
    }

    public boolean needsGround() {
        return needsGround;
    }
}
