package org.gongkai.disclosure;

/** How the applicant wants to receive the reply (Art. 29 (3)). */
public enum ReceiveBy {
    POST("邮寄", "By post"), EMAIL("电子邮件", "By e-mail"), PICKUP("当面领取", "Collect in person"), ONLINE("网上", "Online");

    private final String nameZh;
    private final String nameEn;

    ReceiveBy(String nameZh, String nameEn) {
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
