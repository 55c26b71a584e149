package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterHtmlTest {
    private final Letter reply = new LetterComposer().reply(LetterFixtures.threeItems(), LetterFixtures.SETTINGS,
            LetterFixtures.DOC_NUMBER, LetterFixtures.DATE);

    @Test
    void isACompleteHtml5DocumentWithA4PrintStyles() {
        String html = LetterHtml.render(reply);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("@page { size: A4; margin: 2.5cm; }"));
        assertTrue(html.contains("font-size: 22pt; font-weight: bold;"));
        assertTrue(html.contains("text-indent: 2em"));
        assertTrue(html.contains("\"FangSong\", \"仿宋\""));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void printsTitleNumberAddresseeParagraphsAndSignatureInOrder() {
        String html = LetterHtml.render(reply);
        int title = html.indexOf("<h1>政府信息公开申请答复告知书</h1>");
        int number = html.indexOf("<p class=\"doc-number\">灵政公开〔2026〕第12号</p>");
        int addressee = html.indexOf("<p class=\"addressee\">");
        int firstItem = html.indexOf("<p>一、关于“灵山县2025年城区道路拆迁补偿方案”");
        int agency = html.indexOf("<p class=\"agency\">灵山县自然资源局</p>");
        int date = html.indexOf("<p class=\"date\">2026年11月26日</p>");
        assertTrue(title > 0 && title < number && number < addressee && addressee < firstItem && firstItem < agency
                && agency < date, html);
        assertEquals(6, html.split("<p>", -1).length - 1);
    }

    @Test
    void escapesEverythingStaffOrApplicantsTyped() {
        String html = LetterHtml.render(reply);
        assertTrue(html.contains("<p class=\"addressee\">魏某某&lt;script&gt;alert(1)&lt;/script&gt;：</p>"), html);
        assertFalse(html.contains("<script"));
        Letter edited = new Letter(LetterKind.FEE, "v1\"><b>", "A&B〔2026〕第1号", "标题\"'", "某<i>公司</i>：",
                List.of("第一行\n第二行 & <b>粗</b>"), "机关</p>", LetterFixtures.DATE);
        String h = LetterHtml.render(edited);
        assertTrue(h.contains("data-template=\"v1&quot;&gt;&lt;b&gt;\""), h);
        assertTrue(h.contains("<title>标题&quot;&#39; A&amp;B〔2026〕第1号</title>"), h);
        assertTrue(h.contains("<p>第一行<br>第二行 &amp; &lt;b&gt;粗&lt;/b&gt;</p>"), h);
        assertTrue(h.contains("<p class=\"agency\">机关&lt;/p&gt;</p>"), h);
        assertFalse(h.contains("<i>") || h.contains("<b>"));
    }

    @Test
    void unnumberedDraftHasNoNumberLine() {
        Letter draft = new Letter(LetterKind.REPLY, "v1", null, "标题", null, List.of("正文"), "机关", LetterFixtures.DATE);
        String html = LetterHtml.render(draft);
        assertFalse(html.contains("doc-number\">"));
        assertFalse(html.contains("class=\"addressee\""));
    }
}
