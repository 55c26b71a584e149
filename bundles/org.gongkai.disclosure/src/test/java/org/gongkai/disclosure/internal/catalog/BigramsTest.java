package org.gongkai.disclosure.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BigramsTest {
    private static double dice(String a, String b) {
        return new Bigrams(a).dice(new Bigrams(b));
    }

    private static double score(String request, String wording) {
        return new Bigrams(request).score(new Bigrams(wording));
    }

    @Test
    void diceCountsSharedBigrams() {
        // 征收 收土 土地 地公 公告 (5) vs 征收 收土 土地 地预 预公 公告 (6): 4 shared → 8/11
        assertEquals(8.0 / 11, dice("征收土地公告", "征收土地预公告"), 1e-12);
        assertEquals(1.0, dice("征收土地公告", "征收土地公告"), 1e-12);
        assertEquals(0.0, dice("征收土地公告", "财政预算"), 1e-12);
    }

    @Test
    void repeatedBigramsCountAsAMultiset() {
        // 哈哈 ×2 vs 哈哈 ×1: one shared → 2·1/(2+1)
        assertEquals(2.0 / 3, dice("哈哈哈", "哈哈"), 1e-12);
    }

    @Test
    void oneCharacterAndEmptyStrings() {
        assertEquals(1.0, dice("a", "a"), 1e-12);
        assertEquals(0.0, dice("a", "b"), 1e-12);
        assertEquals(0.0, dice("", "abc"), 1e-12);
        assertEquals(0.0, score("", ""), 1e-12);
    }

    @Test
    void containmentMovesTheScoreHalfwayToOne() {
        // 村征 + the 5 bigrams of 征收土地公告: Dice 2·5/(6+5) = 10/11, contained → 10/11 + (1/11)/2
        assertEquals(10.5 / 11, score("村征收土地公告", "征收土地公告"), 1e-12);
        // the wording contains the request: 土地公告 (3 bigrams) in 征收土地公告 (5) → 6/8, then halfway to 1
        assertEquals(0.875, score("土地公告", "征收土地公告"), 1e-12);
    }

    @Test
    void shortStringsEarnNoContainmentBonus() {
        // 公告 is one bigram, inside 征收土地公告: 2·1/(1+5) and no bonus below four characters
        assertEquals(1.0 / 3, score("公告", "征收土地公告"), 1e-12);
    }
}
