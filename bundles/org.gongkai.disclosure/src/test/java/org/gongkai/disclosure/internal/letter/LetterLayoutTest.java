package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterLayoutTest {
    /** A monospaced measure: CJK one em, anything else half an em. */
    private static final LetterLayout.TextMeasure MONO = (text, size) -> (float) text.codePoints()
            .mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum() * size;

    private static Letter letter(int paragraphs) {
        return new Letter(LetterKind.REPLY, "v1", "灵政公开〔2026〕第12号", "政府信息公开申请答复告知书", "魏某某：",
                Collections.nCopies(paragraphs, "本机关于2026年11月2日收到您提出的政府信息公开申请，经审查，现答复如下。"
                        + "该信息予以公开，现将有关文件随本告知书提供给您。"), "灵山县自然资源局", LetterFixtures.DATE);
    }

    @Test
    void titleIsCentredAndBoldAndTheBodyIsIndentedTwoCharacters() {
        List<LetterLayout.Line> lines = LetterLayout.layout(letter(1), MONO).get(0).lines();
        LetterLayout.Line title = lines.get(0);
        assertTrue(title.bold());
        assertEquals(LetterLayout.TITLE_SIZE, title.size());
        float titleWidth = 13 * LetterLayout.TITLE_SIZE;
        assertEquals((LetterLayout.PAGE_WIDTH - titleWidth) / 2, title.x(), 0.01);
        LetterLayout.Line addressee = lines.get(2);
        assertEquals("魏某某：", addressee.text());
        assertEquals(LetterLayout.MARGIN, addressee.x(), 0.01);
        LetterLayout.Line firstBody = lines.get(3);
        assertEquals(LetterLayout.MARGIN + 2 * LetterLayout.BODY_SIZE, firstBody.x(), 0.01);
        assertEquals(LetterLayout.BODY_LEADING, addressee.y() - firstBody.y(), 0.01);
    }

    @Test
    void everyLineStaysInsideTheMarginsAndFullLinesAreJustified() {
        for (LetterLayout.Page page : LetterLayout.layout(letter(40), MONO)) {
            for (LetterLayout.Line line : page.lines()) {
                float right = line.x() + MONO.width(line.text(), line.size())
                        + line.charSpacing() * (line.text().codePointCount(0, line.text().length()) - 1);
                assertTrue(line.x() >= LetterLayout.MARGIN / 2 && right <= LetterLayout.PAGE_WIDTH - LetterLayout.MARGIN + 0.01,
                        line.toString());
                assertTrue(line.y() >= LetterLayout.MARGIN / 2 && line.y() <= LetterLayout.PAGE_HEIGHT - LetterLayout.MARGIN,
                        line.toString());
            }
        }
    }

    @Test
    void signatureIsKeptTogetherOnOnePageAndPagesAreNumbered() {
        for (int n = 1; n <= 60; n++) {
            List<LetterLayout.Page> pages = LetterLayout.layout(letter(n), MONO);
            List<LetterLayout.Line> last = new ArrayList<>(pages.get(pages.size() - 1).lines());
            if (pages.size() > 1) {
                LetterLayout.Line footer = last.remove(last.size() - 1);
                assertEquals("第 " + pages.size() + " 页 共 " + pages.size() + " 页", footer.text());
            }
            assertEquals("2026年11月26日", last.get(last.size() - 1).text());
            assertEquals("灵山县自然资源局", last.get(last.size() - 2).text(), "paragraphs: " + n);
        }
    }
}
