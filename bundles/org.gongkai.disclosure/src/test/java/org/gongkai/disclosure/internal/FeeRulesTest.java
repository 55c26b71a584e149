package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The 2020 fee scales, computed by hand. */
class FeeRulesTest {

    @Test
    void perApplicationBands() {
        assertEquals(0, FeeRules.perApplication(1));
        assertEquals(0, FeeRules.perApplication(10));
        assertEquals(100, FeeRules.perApplication(11));
        assertEquals(100, FeeRules.perApplication(30));
        assertEquals(200, FeeRules.perApplication(31));
        assertEquals(200, FeeRules.perApplication(40));
        assertEquals(300, FeeRules.perApplication(41));
        assertEquals(300, FeeRules.perApplication(50));
        assertEquals(400, FeeRules.perApplication(51));
        assertThrows(IllegalArgumentException.class, () -> FeeRules.perApplication(0));
    }

    @Test
    void perPageIsProgressiveOverTheExcess() {
        assertEquals(0, FeeRules.perPage(0));
        assertEquals(0, FeeRules.perPage(30));
        assertEquals(10, FeeRules.perPage(31));
        assertEquals(700, FeeRules.perPage(100));          // 70 × 10
        assertEquals(720, FeeRules.perPage(101));          // 700 + 20
        assertEquals(1700, FeeRules.perPage(150));         // 700 + 50 × 20
        assertEquals(2700, FeeRules.perPage(200));         // 700 + 100 × 20
        assertEquals(2740, FeeRules.perPage(201));         // + 40
        assertEquals(6700, FeeRules.perPage(300));         // 2700 + 100 × 40
        assertThrows(IllegalArgumentException.class, () -> FeeRules.perPage(-1));
    }
}
