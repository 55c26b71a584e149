package org.gongkai.broadcast;

/**
 * Where a broadcast stands in the review chain: 质量关 and 报送关 on submit, 审核关 on approval, 发布关 on release. A
 * rejection sends it back to {@link #DRAFT} with the reviewer's comment in its history.
 */
public enum BroadcastState {
    DRAFT("草稿", "Draft"),
    SUBMITTED("已报送", "Submitted"),
    APPROVED("已审核", "Approved"),
    RELEASED("已发布", "Released"),
    CANCELLED("已撤销", "Cancelled");

    private final String nameZh;
    private final String nameEn;

    BroadcastState(String nameZh, String nameEn) {
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
