package org.gongkai.disclosure.internal.letter;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a 收费通知 needs beyond the case (Art. 42 and the 2020 信息处理费管理办法).
 *
 * @param method 按件 or 按量
 * @param count the charged applications (按件) or pages (按量)
 * @param amount the fee in 元, at most two decimals
 * @param paymentDue the last day to pay (20 working days from the day after receiving the notice)
 * @param paymentChannel how to pay into the treasury, e.g. 非税收入缴款码（见附件）
 */
public record FeeFacts(Method method, int count, BigDecimal amount, LocalDate paymentDue, String paymentChannel) {

    /** The two ways of charging; an application is charged by one only (Measures Art. 3). */
    public enum Method {
        PER_APPLICATION("按件计收", "计费件数", "件"), PER_VOLUME("按量计收", "计费页数", "页");

        private final String nameZh;
        private final String countLabel;
        private final String unit;

        Method(String nameZh, String countLabel, String unit) {
            this.nameZh = nameZh;
            this.countLabel = countLabel;
            this.unit = unit;
        }

        public String nameZh() {
            return nameZh;
        }

        /** How the count is labelled in the notice, e.g. 计费页数. */
        public String countLabel() {
            return countLabel;
        }

        public String unit() {
            return unit;
        }
    }
}
