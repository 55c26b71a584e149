package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.HEADER;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.parseCsv;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.parseRow;
import static org.gongkai.disclosure.internal.ledger.LedgerFixtures.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.junit.jupiter.api.Test;

class LedgerParserBadRowsTest {

    @Test
    void everyBadRowIsReportedWithItsLineAndColumnAndParsingGoesOn() {
        LedgerResult r = parseCsv(HEADER,
                /* 2 */ "YS20250101001,2025-01-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-01-10,2025-01-11,",
                /* 3 */ ",,网上,自然人,甲,LC-GKB,某信息,,,,,",
                /* 4 */ ",2025-02-30,网上,自然人,甲,LC-GKB,某信息,,,,,",
                /* 5 */ ",2025-03-01,飞鸽传书,自然人,甲,LC-GKB,某信息,,,,,",
                /* 6 */ ",2025-03-01,网上,,甲,LC-GKB,某信息,,,,,",
                /* 7 */ ",2025-03-01,网上,自然人,,自然资源局,某信息,,,,,",
                /* 8 */ ",2025-03-10,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-03-09,,",
                /* 9 */ ",2025-03-10,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-03-20,2025-03-19,",
                /* 10 */ ",2026-01-05,网上,自然人,甲,LC-GKB,某信息,,,,,",
                /* 11 */ ",2025-04-01,网上,自然人,甲,LC-GKB,一；二；三,予以公开；不予公开,,2025-04-20,,",
                /* 12 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,不予公开,,2025-04-20,,",
                /* 13 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,,,已答复",
                /* 14 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,,,已撤回",
                /* 15 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,,,办理中",
                /* 16 */ "YS2025,2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,,,",
                /* 17 */ "YS20250101001,2025-04-01,网上,自然人,乙,LC-GKB,某信息,,,,,",
                /* 18 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,同意,,2025-04-20,,",
                /* 19 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,国家秘密,2025-04-20,,",
                /* 20 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-04-20,2025-04-21,已答复",
                /* 21 */ ",2007-01-01,网上,自然人,甲,LC-GKB,某信息,,,,,",
                /* 22 */ ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-04-20,,已送达",
                /* 23 */ ",2025-05-01,平信,社会公益组织,丙,LC-GKB,某信息,,,,,");
        assertEquals(List.of("3:收到日期", "4:收到日期", "5:申请方式", "6:申请人类型", "7:申请人", "7:受理机关", "8:答复日期",
                "9:送达日期", "10:收到日期", "11:处理结果", "12:不予公开理由", "13:答复日期", "14:答复日期", "15:处理结果",
                "16:申请编号", "17:申请编号", "18:处理结果", "19:不予公开理由", "20:办结情况", "21:收到日期", "22:送达日期"),
                where(r));
        assertEquals(List.of(2, 23), r.rows().stream().map(LedgerRow::line).toList());
        assertEquals("申请编号 YS20250101001 与第 2 行重复", r.errors().get(15).messageZh());
        assertEquals("The reply date 2025-03-09 is before the receipt date 2025-03-10", r.errors().get(6).messageEn());
        assertTrue(r.errors().get(4).messageZh().contains("必填"), r.errors().get(4).messageZh());
        assertTrue(r.errors().get(2).messageZh().contains("当面、口头、挂号信/EMS"), r.errors().get(2).messageZh());
        assertTrue(r.errors().stream().allMatch(e -> !e.messageZh().isBlank() && !e.messageEn().isBlank()));
    }

    @Test
    void oneDecisionAppliesToEveryItem() {
        LedgerRow row = parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,\"一\n\n二\",信息不存在,,2025-04-20,,").rows().get(0);
        assertEquals(List.of(new LedgerItem("一", Decision.NOT_HELD, null), new LedgerItem("二", Decision.NOT_HELD, null)),
                row.items());
    }

    @Test
    void groundsMayBeGivenByPositionOnlyForTheItemsThatNeedThemOrOnceForAll() {
        String items = "一；二；三";
        String decisions = "予以公开；不予公开；部分公开";
        List<Ground> byPosition = grounds(items, decisions, "；国家秘密；内部事务信息");
        List<Ground> inOrder = grounds(items, decisions, "国家秘密；内部事务信息");
        List<Ground> once = grounds(items, decisions, "过程性信息");
        assertEquals(Arrays.asList(null, Ground.STATE_SECRET, Ground.INTERNAL_AFFAIRS), byPosition);
        assertEquals(Arrays.asList(null, Ground.STATE_SECRET, Ground.INTERNAL_AFFAIRS), inOrder);
        assertEquals(Arrays.asList(null, Ground.PROCESS_INFORMATION, Ground.PROCESS_INFORMATION), once);
    }

    private static List<Ground> grounds(String items, String decisions, String grounds) {
        LedgerResult r = parseRow(",2025-04-01,网上,自然人,甲,LC-GKB," + items + "," + decisions + "," + grounds
                + ",2025-04-20,,");
        assertEquals(List.of(), r.errors());
        return r.rows().get(0).items().stream().map(LedgerItem::ground).toList();
    }

    @Test
    void groundsThatDoNotFitTheDecisionsAreRejected() {
        String row = ",2025-04-01,网上,自然人,甲,LC-GKB,一；二；三,予以公开；不予公开；部分公开,%s,2025-04-20,,";
        LedgerResult positionWrong = parseRow(String.format(row, "国家秘密；；内部事务信息"));
        assertEquals(List.of("2:不予公开理由", "2:不予公开理由"), where(positionWrong));
        assertEquals("第 2 项的处理结果须填写不予公开理由", positionWrong.errors().get(0).messageZh());
        assertEquals("第 1 项的处理结果无需不予公开理由", positionWrong.errors().get(1).messageZh());
        LedgerResult tooMany = parseRow(String.format(row, "国家秘密；内部事务信息；过程性信息；行政执法案卷"));
        assertEquals(List.of("2:不予公开理由"), where(tooMany));
        LedgerResult unknown = parseRow(String.format(row, "保密"));
        assertEquals(List.of("2:不予公开理由"), where(unknown));
    }

    @Test
    void endedCasesNeedAnEndDateAndOpenCasesNoDecisions() {
        assertEquals(List.of("2:答复日期"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,,,视为放弃")));
        assertEquals(List.of("2:答复日期"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,,,LAPSED")));
        LedgerRow lapsed = parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,2025-05-30,,逾期未缴费").rows().get(0);
        assertEquals(LedgerOutcome.LAPSED, lapsed.outcome());
        assertEquals(null, lapsed.replyDate());
        assertEquals(LocalDate.of(2025, 5, 30), lapsed.endDate());
        assertEquals(List.of("2:处理结果", "2:不予公开理由"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,"
                + "不予公开,国家秘密,2025-05-30,,已撤回")));
        assertEquals(List.of("2:答复日期"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,2025-04-05,,办理中")));
        assertEquals(List.of("2:处理结果"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,某信息,,,2025-04-05,,")));
    }

    @Test
    void endedStatusIsReadFromTheDeliveryDate() {
        String row = ",2025-04-01,网上,自然人,甲,LC-GKB,某信息,予以公开,,2025-04-05,%s,已办结";
        assertEquals(LedgerOutcome.DELIVERED, parseRow(String.format(row, "2025-04-06")).rows().get(0).outcome());
        assertEquals(LedgerOutcome.REPLIED, parseRow(String.format(row, "")).rows().get(0).outcome());
    }

    @Test
    void itemsAreRequiredAndLimited() {
        assertEquals(List.of("2:申请内容"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB,；,,,,,")));
        String many = String.join("；", Collections.nCopies(51, "项"));
        assertEquals(List.of("2:申请内容"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB," + many + ",,,,,")));
        String fifty = String.join("；", Collections.nCopies(50, "项"));
        assertEquals(50, parseRow(",2025-04-01,网上,自然人,甲,LC-GKB," + fifty + ",,,,,").rows().get(0).items().size());
        String longItem = "字".repeat(2001);
        assertEquals(List.of("2:申请内容"), where(parseRow(",2025-04-01,网上,自然人,甲,LC-GKB," + longItem + ",,,,,")));
    }

    @Test
    void applicantNamesFollowThePlatformRules() {
        assertEquals(List.of("2:申请人"), where(parseRow(",2025-04-01,网上,自然人,<b>甲</b>,LC-GKB,某信息,,,,,")));
        assertEquals(List.of("2:申请人"), where(parseRow(",2025-04-01,网上,自然人," + "名".repeat(101) + ",LC-GKB,某信息,,,,,")));
    }
}
