package org.gongkai.disclosure;

/**
 * How an application reached the agency. Each channel has its own rule for the date of receipt (Art. 31 of the 2019
 * Regulation), which starts every statutory clock of the case.
 */
public enum Channel {
    /** 当面提交: received the day it is handed in. */
    IN_PERSON("当面", "In person", "当面提交的，以提交之日为收到申请之日（第三十一条第一项）",
            "In person: the day of submission (Art. 31 (1))"),
    /** 口头申请: the office fills in the form for the applicant (Art. 29); received that day. */
    ORAL("口头", "Oral", "口头提出、由工作机构代为填写的，以提出之日为收到申请之日（第二十九条、第三十一条第一项）",
            "Oral application written down by the office: the day it is made (Art. 29, 31 (1))"),
    /** 挂号信、EMS 等需签收的邮件: received the day the agency signs for it. */
    REGISTERED_POST("挂号信/EMS", "Registered post / EMS", "以邮政方式提交需签收的，以行政机关签收之日为收到申请之日（第三十一条第二项）",
            "Post requiring a signature: the day the agency signs for it (Art. 31 (2))"),
    /** 平常信函: received the day the office confirms it with the applicant. */
    ORDINARY_POST("平信", "Ordinary letter", "以平常信函等无需签收的邮寄方式提交的，以工作机构与申请人确认之日为收到申请之日（第三十一条第二项）",
            "Post without signature: the day the office confirms it with the applicant (Art. 31 (2))"),
    /** 互联网渠道: the day both sides confirm (configurable as automatic confirmation on submission). */
    ONLINE("网上", "Online", "通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第三项）",
            "Online: the day both sides confirm (Art. 31 (3))"),
    /** 工作机构传真: the day both sides confirm. */
    FAX("传真", "Fax", "通过传真提交的，以双方确认之日为收到申请之日（第三十一条第三项）",
            "Fax: the day both sides confirm (Art. 31 (3))"),
    /** 电子邮件: by the agency's guide; by default the day the mailbox receives it (国办公开办函〔2015〕207号). */
    EMAIL("电子邮件", "E-mail", "通过电子邮件提交的，按本机关政府信息公开指南，以电子邮件系统收到之日为收到申请之日",
            "E-mail: per the agency's guide, by default the day the mailbox receives it");

    private final String nameZh;
    private final String nameEn;
    private final String ruleZh;
    private final String ruleEn;

    Channel(String nameZh, String nameEn, String ruleZh, String ruleEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.ruleZh = ruleZh;
        this.ruleEn = ruleEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The receipt-date rule of this channel with its legal basis, for the case page's "why this date". */
    public String ruleZh() {
        return ruleZh;
    }

    public String ruleEn() {
        return ruleEn;
    }
}
