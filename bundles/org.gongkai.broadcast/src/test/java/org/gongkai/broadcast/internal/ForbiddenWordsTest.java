package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForbiddenWordsTest {
    private final ForbiddenWords words = ForbiddenWords.parse("# 禁用词\n赌博\n六合彩，传销、ABC\n\n赌博");

    @Test
    void listIsParsedFromLinesAndChineseOrAsciiSeparatorsWithoutCommentsOrDuplicates() {
        assertEquals(4, words.size());
    }

    @Test
    void findsEveryWordOnceInListOrder() {
        assertEquals(List.of("赌博", "传销"), words.find("严禁传销活动，严禁赌博，赌博违法"));
    }

    @Test
    void spacesPunctuationFullWidthAndCaseDoNotHideAWord() {
        assertEquals(List.of("赌博"), words.find("不要赌 博！"));
        assertEquals(List.of("赌博"), words.find("不要赌·博"));
        assertEquals(List.of("ABC"), words.find("这是ａｂｃ"));
        assertEquals(List.of("ABC"), words.find("a-b-c"));
    }

    @Test
    void cleanTextHasNoHits() {
        assertEquals(List.of(), words.find("今天下午三点在村委会召开医保政策宣讲会。"));
        assertEquals(List.of(), words.find(null));
    }
}
