package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** Every CJK character or full-width mark is one unit wide, every other character half a unit. */
    private static final LineBreaker.Measure UNITS = s -> (float) s.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1)
            .sum();

    private static List<String> lines(String text, float first, float width) {
        return LineBreaker.lines(text, first, width, UNITS);
    }

    @Test
    void breaksBetweenAnyTwoChineseCharacters() {
        assertEquals(List.of("一二三四五", "六七八九十", "甲"), lines("一二三四五六七八九十甲", 5, 5));
    }

    @Test
    void firstLineIsShorterByTheIndent() {
        assertEquals(List.of("一二三", "四五六七八"), lines("一二三四五六七八", 3, 5));
    }

    @Test
    void closingPunctuationCarriesThePreviousCharacterDown() {
        assertEquals(List.of("一二三四", "五，六"), lines("一二三四五，六", 5, 5));
    }

    @Test
    void severalClosingMarksAreCarriedTogether() {
        assertEquals(List.of("一二三", "四”。六"), lines("一二三四”。六", 4, 4));
    }

    @Test
    void openingBracketDoesNotEndALine() {
        assertEquals(List.of("一二三", "（四五"), lines("一二三（四五", 4, 4));
    }

    @Test
    void latinWordsAndNumbersStayTogether() {
        assertEquals(List.of("申请编号", "ABC123号"), lines("申请编号ABC123号", 5, 5));
        assertEquals(List.of("共2026", "件"), lines("共2026件", 3, 3));
    }

    @Test
    void breaksAtSpacesAndDropsThemAtLineEnds() {
        assertEquals(List.of("hello world", "foo"), lines("hello world foo", 6, 6));
    }

    @Test
    void wordLongerThanALineIsCut() {
        assertEquals(List.of("ABCDEFGHIJ", "KLMNOPQRST", "UV"), lines("ABCDEFGHIJKLMNOPQRSTUV", 5, 5));
        assertEquals(List.of("一", "ABCDEFGHIJ"), lines("一ABCDEFGHIJ", 5, 5));
        assertEquals(List.of("一ABCDEFGH", "IJKL"), lines("一ABCDEFGHIJKL", 5, 5));
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), lines("", 5, 5));
    }

    @Test
    void randomTextKeepsEveryCharacterAndNeverStartsALineWithClosingPunctuation() {
        String alphabet = "政府信息公开申请答复告知书本机关于收到您的，。、；：）」』》（《AB12";
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString().replaceAll("^[，。、；：）」』》]+", "");
            float width = 4 + random.nextInt(20);
            List<String> lines = lines(text, width - 2, width);
            assertEquals(text, String.join("", lines), "round " + round);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean startsWithClosing = !line.isEmpty() && "，。、；：）」』》".indexOf(line.charAt(0)) >= 0;
                // a line may only start with closing punctuation when nothing could be carried (4+ marks in a row)
                assertTrue(!startsWithClosing || lines.get(i - 1).matches(".*[，。、；：）」』》]{3}"), lines.toString());
            }
            for (int i = 0; i < lines.size(); i++) {
                float limit = i == 0 ? width - 2 : width;
                assertTrue(UNITS.width(lines.get(i)) <= limit + 1, lines.get(i) + " wider than " + limit);
            }
        }
    }
}
