package org.gongkai.disclosure;

/** What staff can do to an application; the workflow decides from which stages and by which role. */
public enum Action {
    REGISTER("登记", "Register"),
    REPLY_ON_THE_SPOT("当场答复", "Reply on the spot"),
    REQUEST_CORRECTION("发出补正告知", "Request correction"),
    RECEIVE_CORRECTION("收到补正", "Correction received"),
    DEEM_ABANDONED("视为放弃申请", "Deem abandoned"),
    GOOD_REASON("有正当理由，重新给予补正期限", "Good reason: new correction period"),
    REQUEST_REASONS("要求说明理由（第三十五条）", "Ask for reasons (Art. 35)"),
    SET_LATER_DATE("确定延后答复期限（第三十五条）", "Fix a later reply date (Art. 35)"),
    START_DRAFTING("开始拟办", "Start drafting"),
    SUBMIT_FOR_REVIEW("提交审核", "Submit for review"),
    APPROVE("审核通过", "Approve"),
    RETURN("退回修改", "Return for changes"),
    DELIVER("送达", "Deliver"),
    ARCHIVE("归档", "Archive"),
    WITHDRAW("申请人撤回", "Withdrawn by the applicant"),
    FEE_LAPSE("逾期未缴费终止", "Close: fee not paid");

    private final String nameZh;
    private final String nameEn;

    Action(String nameZh, String nameEn) {
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
