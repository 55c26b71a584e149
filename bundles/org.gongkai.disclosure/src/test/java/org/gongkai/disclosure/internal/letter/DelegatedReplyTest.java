package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reply a development zone writes on the government's behalf (委托办理, after the Xi'an 2022 notice). */
class DelegatedReplyTest {
    private static final LetterSettings ZONE = new LetterSettings("灵川八里街经济开发区管理委员会", "灵川县人民政府",
            "灵川县人民法院", "八里街开发区依申请公开", true);
    private final LetterComposer composer = new LetterComposer();

    @Test
    void delegatedReplyOpensWithTheClauseIsSignedByTheZoneAndNamesTheGovernmentsReviewOrgan() {
        LetterSettings onBehalf = ZONE.onBehalfOf("县政府", "桂林市人民政府");

        Letter l = composer.reply(LetterFixtures.app(List.of(LetterFixtures.NOT_HELD)), onBehalf,
                onBehalf.docNumber(2026, 3), LetterFixtures.DATE);

        assertEquals("您提出的政府信息公开申请（申请事项：关于某某路拆迁补偿的信息）于2026年11月2日收悉。"
                + "受县政府委托，现就有关事项答复如下：", l.paragraphs().get(0));
        assertEquals("灵川八里街经济开发区管理委员会", l.agencyName());
        assertEquals("八里街开发区依申请公开〔2026〕第3号", l.docNumber());
        // the act is the county government's: reviewed one level up, not by the county government
        assertEquals("如对本答复不服，可以自收到本答复之日起六十日内向桂林市人民政府申请行政复议，"
                + "或者自收到本答复之日起六个月内向灵川县人民法院提起行政诉讼。", l.paragraphs().get(2));
    }

    @Test
    void principalNameIsConfigurable() {
        Letter l = composer.reply(LetterFixtures.app(List.of(LetterFixtures.NOT_HELD)),
                ZONE.onBehalfOf("市政府", "陕西省人民政府"), "", LetterFixtures.DATE);

        assertTrue(l.paragraphs().get(0).contains("受市政府委托，现就有关事项答复如下"), l.paragraphs().get(0));
        assertTrue(l.paragraphs().get(2).contains("向陕西省人民政府申请行政复议"), l.paragraphs().get(2));
    }

    @Test
    void aZoneAnsweringForItselfUsesTheOrdinaryOpening() {
        Letter l = composer.reply(LetterFixtures.app(List.of(LetterFixtures.NOT_HELD)), ZONE, "", LetterFixtures.DATE);

        assertTrue(l.paragraphs().get(0).startsWith("本机关于2026年11月2日收到"), l.paragraphs().get(0));
        assertTrue(l.paragraphs().get(2).contains("向灵川县人民政府申请行政复议"), l.paragraphs().get(2));
    }
}
