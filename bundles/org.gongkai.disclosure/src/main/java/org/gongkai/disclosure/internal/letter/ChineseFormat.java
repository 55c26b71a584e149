package org.gongkai.disclosure.internal.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How letters write dates, ordinals and amounts in Chinese official style. */
final class ChineseFormat {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseFormat() {
    }

    /** 2026年11月26日 (Arabic numerals, no leading zeros, as GB/T 9704-2012 writes the 成文日期). */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The counting numeral for 1–99, as in the item headings 一、 十一、 二十、: 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Numeral out of range 1-99: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** An amount in 元 with two decimals, e.g. 1200.00. */
    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
