package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseFormatTest {

    @Test
    void datesHaveNoLeadingZeros() {
        assertEquals("2026年11月26日", ChineseFormat.date(LocalDate.of(2026, 11, 26)));
        assertEquals("2027年1月5日", ChineseFormat.date(LocalDate.of(2027, 1, 5)));
    }

    @ParameterizedTest
    @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "50, 五十", "99, 九十九"})
    void numeralsAsInItemHeadings(int n, String expected) {
        assertEquals(expected, ChineseFormat.numeral(n));
    }

    @Test
    void numeralsOutsideOneToNinetyNineAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChineseFormat.numeral(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseFormat.numeral(100));
    }

    @Test
    void yuanHasTwoDecimals() {
        assertEquals("200.00", ChineseFormat.yuan(new BigDecimal("200")));
        assertEquals("1200.50", ChineseFormat.yuan(new BigDecimal("1200.5")));
        assertThrows(ArithmeticException.class, () -> ChineseFormat.yuan(new BigDecimal("0.001")));
    }
}
