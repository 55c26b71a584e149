package org.gongkai.delegation.internal;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.delegation.RuleKind;
import org.gongkai.platform.calendar.WorkingDayCalendar;

/**
 * What the demo puts in place for delegation: the two demo zones set to delegation, their rules, and for each zone
 * a delegated case in every stage a county sees on its board. Plain data, so a test can check that every stage is
 * covered for both zones and that the rules really suggest the zone each case is meant for;
 * {@link DelegationDemoData} carries it out through the real services.
 */
final class DelegationDemoPlan {
    static final String BLJ = "LC-DZ-BLJ";
    static final String GTJ = "LC-DZ-GTJ";
    static final List<String> ZONES = List.of(BLJ, GTJ);
    /** How the demo zones' replies name the government (受县政府委托); the organ is left to the configured default. */
    static final String PRINCIPAL = "县政府";
    /** The statutory reply period (Art. 33) in working days: cases received longer ago are overdue while open. */
    static final int REPLY_PERIOD = 20;

    /** How far a delegated case gets in the demo. */
    enum Outcome {
        /** Delegated, nothing done by the zone yet. */
        DELEGATED,
        /** The zone's handler is drafting the reply. */
        DRAFTING,
        /** Drafted and submitted; waiting for the zone's reviewer. */
        REVIEW,
        /** Approved: the delegated reply letter (受县政府委托) is issued, not yet delivered. */
        REPLIED,
        /** Replied and delivered to the applicant. */
        DELIVERED,
        /** Still drafting after the reply date passed. */
        OVERDUE,
        /** Delegated, then taken back by the office (收回). */
        RECALLED
    }

    /** One rule the office sets up for a zone. */
    record Rule(String zoneCode, RuleKind kind, String value) {
    }

    /**
     * One delegated case.
     *
     * @param receivedWorkingDaysAgo the receipt date, in working days before the demo's first start
     * @param reminders how many reminders (催办) the office sends
     * @param handReason the office's note when the case is forwarded by hand (转办), null when a rule suggests the zone
     */
    record Case(String zoneCode, String title, List<String> items, int receivedWorkingDaysAgo, Outcome outcome,
            int reminders, String handReason) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(BLJ, RuleKind.SUBJECT, "标准厂房"),
            new Rule(BLJ, RuleKind.SUBJECT, "园区企业"),
            new Rule(BLJ, RuleKind.SUBJECT, "招商引资"),
            new Rule(BLJ, RuleKind.SUBJECT, "土地出让"),
            new Rule(BLJ, RuleKind.PLACE, "八里街"),
            new Rule(BLJ, RuleKind.PLACE, "八里一路"),
            new Rule(BLJ, RuleKind.PLACE, "八里三路"),
            new Rule(BLJ, RuleKind.CATALOG, "LAND-10"),
            new Rule(BLJ, RuleKind.CATALOG, "LAND-13"),
            new Rule(GTJ, RuleKind.SUBJECT, "标准厂房"),
            new Rule(GTJ, RuleKind.SUBJECT, "入园企业"),
            new Rule(GTJ, RuleKind.SUBJECT, "招商引资"),
            new Rule(GTJ, RuleKind.SUBJECT, "土地出让"),
            new Rule(GTJ, RuleKind.PLACE, "甘棠江"),
            new Rule(GTJ, RuleKind.PLACE, "甘棠江大道"),
            new Rule(GTJ, RuleKind.CATALOG, "LAND-09"),
            new Rule(GTJ, RuleKind.CATALOG, "LAND-15"));

    static final List<Case> CASES = List.of(
            // 八里街开发区 (its region is 灵川镇: 凤源村, 冲唐村, 坪湾社区 … are its places)
            new Case(BLJ, "八里街开发区标准厂房建设项目用地审批文件", List.of("八里街开发区标准厂房建设项目用地审批文件"), 2,
                    Outcome.DELEGATED, 0, null),
            new Case(BLJ, "八里一路园区企业入驻协议", List.of("八里一路园区企业入驻协议", "园区企业享受税收优惠的依据"), 6,
                    Outcome.DRAFTING, 0, null),
            new Case(BLJ, "凤源村地块土地出让合同", List.of("凤源村地块国有土地使用权出让合同"), 13, Outcome.DRAFTING, 2, null),
            new Case(BLJ, "八里街开发区招商引资优惠政策兑现情况", List.of("2025年招商引资优惠政策兑现情况"), 9,
                    Outcome.REVIEW, 0, null),
            new Case(BLJ, "八里三路道路建设征地补偿安置方案", List.of("八里三路道路建设项目征地补偿安置方案公告"), 12,
                    Outcome.REPLIED, 0, null),
            new Case(BLJ, "冲唐村集体土地征收成片开发方案", List.of("冲唐村集体土地征收成片开发方案", "冲唐村征收土地预公告"), 16,
                    Outcome.DELIVERED, 0, null),
            new Case(BLJ, "坪湾社区标准厂房租赁价格", List.of("坪湾社区标准厂房租赁价格及租赁合同范本"), 25,
                    Outcome.OVERDUE, 1, null),
            new Case(BLJ, "八里街开发区园区企业环境影响评价文件", List.of("园区企业环境影响评价文件及批复"), 5,
                    Outcome.RECALLED, 0, null),
            // 甘棠江园区 (its region is 定江镇: 上溪村, 湾北村, 河坪社区 … are its places)
            new Case(GTJ, "甘棠江园区标准厂房租赁合同", List.of("甘棠江园区标准厂房租赁合同"), 3, Outcome.DELEGATED, 0, null),
            new Case(GTJ, "关于某企业厂区夜间施工噪声的处理结果", List.of("对某企业厂区夜间施工噪声投诉的处理结果"), 1,
                    Outcome.DELEGATED, 0, "经核实该企业厂区位于甘棠江园区内，由园区管委会办理"),
            new Case(GTJ, "甘棠江园区入园企业名单及投资协议", List.of("入园企业名单", "入园企业投资协议"), 7, Outcome.DRAFTING,
                    0, null),
            new Case(GTJ, "上溪村土地现状调查结果", List.of("定江镇上溪村征收范围内土地现状调查结果"), 14, Outcome.DRAFTING, 3,
                    null),
            new Case(GTJ, "甘棠江园区招商引资奖励资金发放情况", List.of("招商引资奖励资金发放情况"), 10, Outcome.REVIEW, 0,
                    null),
            new Case(GTJ, "湾北村征地补偿安置协议", List.of("湾北村产业园区项目征地补偿安置协议"), 11, Outcome.REPLIED, 0, null),
            new Case(GTJ, "甘棠江大道建设项目土地出让公告", List.of("甘棠江大道建设项目土地出让公告"), 17, Outcome.DELIVERED, 0,
                    null),
            new Case(GTJ, "河坪社区标准厂房建设规划", List.of("河坪社区标准厂房建设项目规划许可"), 23, Outcome.OVERDUE, 2, null),
            new Case(GTJ, "甘棠江园区入园企业用地情况", List.of("入园企业用地面积及土地出让价款"), 4, Outcome.RECALLED, 0,
                    null));

    private DelegationDemoPlan() {
    }

    /** The working day {@code n} working days before {@code today} (holidays and adjusted working days count right). */
    static LocalDate workingDaysBefore(WorkingDayCalendar calendar, LocalDate today, int n) {
        LocalDate day = today;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (calendar.describe(day).workingDay()) {
                counted++;
            }
        }
        return day;
    }
}
