package org.gongkai.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The staff roles of Gongkai, each with what it may do (shown in the accounts screen and the README). */
public enum Role {
    ADMIN("admin", "系统管理员", "Administrator",
            "管理账号、机构与区划、工作日历和功能模块", "Manages accounts, agencies and regions, the calendar and capabilities"),
    OFFICE_HEAD("office-head", "政务公开办负责人", "Office head",
            "政府信息公开工作机构负责人：批准延期答复，主持委托办理", "Head of the openness office: approves extensions, runs delegation"),
    REGISTRAR("registrar", "登记员", "Registrar",
            "接收、登记申请，送达答复", "Receives and registers applications, delivers replies"),
    HANDLER("handler", "承办人", "Handler",
            "拟办答复意见", "Drafts the reply"),
    REVIEWER("reviewer", "审核人", "Reviewer",
            "审核答复，批准或退回", "Reviews replies: approves or returns them"),
    ZONE_STAFF("zone-staff", "开发区工作人员", "Development-zone staff",
            "办理受委托的申请，只见本开发区案件", "Handles delegated applications; sees only the zone's cases"),
    BROADCAST_EDITOR("broadcast-editor", "广播编辑", "Broadcast editor",
            "起草广播内容", "Drafts broadcast content"),
    BROADCAST_REVIEWER("broadcast-reviewer", "广播审核员", "Broadcast reviewer",
            "审核并发布广播内容", "Reviews and releases broadcast content"),
    EMERGENCY_OFFICER("emergency-officer", "应急信息发布员", "Emergency officer",
            "发布应急广播（须属授权机构）", "Releases emergency broadcasts (authorised agencies only)"),
    HOTLINE_OPERATOR("hotline-operator", "热线联络员", "Hotline operator",
            "签收、办理和回复12345工单", "Accepts, handles and answers 12345 tickets"),
    OUTREACH_COORDINATOR("outreach-coordinator", "活动组织者", "Outreach coordinator",
            "组织政务公开月活动与调查", "Runs the openness-month events and surveys"),
    AUDITOR("auditor", "审计员", "Auditor",
            "只读查看审计日志与报表", "Reads the audit trail and reports");

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String descriptionZh;
    private final String descriptionEn;

    Role(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
