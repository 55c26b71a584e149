package org.gongkai.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.RuleKind;
import org.gongkai.delegation.Suggestion;
import org.junit.jupiter.api.Test;

/** Suggestions from what the zones own, scored by hand. */
class DelegationSuggesterTest {
    private static final DelegationSuggester.Zone BLJ = new DelegationSuggester.Zone("LC-DZ-BLJ", "灵川八里街经济开发区管理委员会",
            List.of("灵川八里街经济开发区管理委员会", "八里街开发区"), List.of("八里街", "潭下村民委员会"),
            List.of(new DelegationRule(1, "LC-DZ-BLJ", RuleKind.SUBJECT, "标准厂房"),
                    new DelegationRule(2, "LC-DZ-BLJ", RuleKind.CATALOG, "LAND-03"),
                    new DelegationRule(3, "LC-DZ-BLJ", RuleKind.PLACE, "灵湖新区")));
    private static final DelegationSuggester.Zone GTJ = new DelegationSuggester.Zone("LC-DZ-GTJ", "灵川甘棠江产业园区管理委员会",
            List.of("灵川甘棠江产业园区管理委员会", "甘棠江园区"), List.of("甘棠江"),
            List.of(new DelegationRule(4, "LC-DZ-GTJ", RuleKind.SUBJECT, "标准厂房")));

    @Test
    void everyKindOfMatchCountsOnceWithItsWeightAndReason() {
        DelegationSuggester.CaseText text = new DelegationSuggester.CaseText("八里街开发区标准厂房项目征地的信息",
                List.of("潭下村集体土地征收批复", "征地补偿安置方案"), List.of("LAND-03"));

        List<Suggestion> s = DelegationSuggester.suggest(text, List.of(GTJ, BLJ));

        // BLJ: name 5 + subject 2 + catalog 3 + place 八里街 3 + place 潭下村 3 = 16; GTJ: subject 2
        assertEquals(2, s.size());
        assertEquals("LC-DZ-BLJ", s.get(0).zoneCode());
        assertEquals(16, s.get(0).score());
        assertEquals(List.of("提到开发区「八里街开发区」", "事项关键词「标准厂房」", "目录事项 LAND-03", "地名「八里街」", "地名「潭下村」"),
                s.get(0).reasons());
        assertEquals("LC-DZ-GTJ", s.get(1).zoneCode());
        assertEquals(2, s.get(1).score());
    }

    @Test
    void aCaseMatchingNothingGetsNoSuggestion() {
        DelegationSuggester.CaseText text = new DelegationSuggester.CaseText("县教育局2025年预算",
                List.of("部门预算公开表"), List.of());

        assertTrue(DelegationSuggester.suggest(text, List.of(BLJ, GTJ)).isEmpty());
    }

    @Test
    void tiesAreOrderedByZoneCode() {
        DelegationSuggester.CaseText text = new DelegationSuggester.CaseText("标准厂房租赁合同", List.of(), List.of());
        DelegationSuggester.Zone bljSubjectOnly = new DelegationSuggester.Zone("LC-DZ-BLJ", "八里街", List.of(), List.of(),
                List.of(new DelegationRule(1, "LC-DZ-BLJ", RuleKind.SUBJECT, "标准厂房")));

        List<Suggestion> s = DelegationSuggester.suggest(text, List.of(GTJ, bljSubjectOnly));

        assertEquals(List.of("LC-DZ-BLJ", "LC-DZ-GTJ"), s.stream().map(Suggestion::zoneCode).toList());
    }

    @Test
    void placeNamesMatchWithoutTheirCommitteeEnding() {
        assertEquals("潭下村", DelegationSuggester.placeIn("关于潭下村土地的信息", "潭下村民委员会"));
        assertEquals("潭下村", DelegationSuggester.placeIn("关于潭下村土地的信息", "潭下村委会"));
        assertEquals("灵湖社区", DelegationSuggester.placeIn("灵湖社区改造", "灵湖社区居委会"));
        assertEquals("潭下", DelegationSuggester.placeIn("潭下片区规划", "潭下村委会"));
        assertNull(DelegationSuggester.placeIn("关于大圩镇的信息", "潭下村委会"));
    }

    @Test
    void blanksAndFullWidthLettersDoNotMatter() {
        assertEquals("标准厂房land-03", DelegationSuggester.normalise("标准 厂房　ＬＡＮＤ－03"));
        DelegationSuggester.CaseText text = new DelegationSuggester.CaseText("标准 厂房的租金", List.of(), List.of());
        assertEquals(2, DelegationSuggester.suggest(text, List.of(GTJ)).get(0).score());
    }
}
