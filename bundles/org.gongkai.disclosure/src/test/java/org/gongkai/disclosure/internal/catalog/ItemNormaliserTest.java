package org.gongkai.disclosure.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemNormaliserTest {
    @Test
    void traditionalBecomesSimplifiedAndFillersGo() {
        assertEquals("征收土地公告", ItemNormaliser.normalise("關於徵收土地公告"));
        assertEquals("建设用地规划许可证", ItemNormaliser.normalise("「建設用地規劃許可證」影本"));
    }

    @Test
    void yearsPlaceholdersAndFillersGoAndSynonymsBecomeCanonical() {
        assertEquals("村征收土地省政府批复", ItemNormaliser.normalise("请公开2019年XX村征地的省政府批文"));
        assertEquals("征收土地方案公告", ItemNormaliser.normalise("二〇一九年度征收土地方案公告"));
        assertEquals("第村民小组", ItemNormaliser.normalise("第3村民小组"));
    }

    @Test
    void fullWidthBecomesHalfWidthLowerCaseWithoutDigits() {
        assertEquals("abc征收土地", ItemNormaliser.normalise("ＡＢＣ１２３征地"));
        assertEquals("村社会保障", ItemNormaliser.normalise("🏠 Ｘｘ村\u3000社保 ！"));
    }

    @Test
    void approvalSynonymIsAppliedBeforeTheFillerWordFileIsDropped() {
        assertEquals("征收土地批复省政府国务院批复", ItemNormaliser.normalise("土地征收批准文件（省政府/国务院批复）"));
        assertEquals("征收土地方案", ItemNormaliser.normalise("征收土地方案文件"));
    }

    @Test
    void theLongestVariantWinsAndIsNotRewrittenAgain() {
        assertEquals("补偿款发放明细", ItemNormaliser.normalise("补偿款发放花名册"));
        assertEquals("征收土地", ItemNormaliser.normalise("征用土地"));
        assertEquals("建设工程规划许可证", ItemNormaliser.normalise("建设工程规划许可证书"));
        // a one-pass table: ab → b, then the next b → c; the b written for ab is not rewritten to c
        assertEquals("bc", new PhraseTable(Map.of("ab", "b", "b", "c")).apply("abb"));
    }

    @Test
    void nothingLeftGivesEmpty() {
        assertEquals("", ItemNormaliser.normalise(null));
        assertEquals("", ItemNormaliser.normalise(" \t\n"));
        assertEquals("", ItemNormaliser.normalise("😀🙏 2019年"));
        assertEquals("", ItemNormaliser.normalise("申请公开相关文件"));
    }

    @Test
    void veryLongInputIsCutNotRejected() {
        String s = "征".repeat(ItemNormaliser.MAX_INPUT + 500);
        assertEquals(ItemNormaliser.MAX_INPUT, ItemNormaliser.normalise(s).length());
    }
}
