package org.gongkai.disclosure.internal;

/**
 * The fee scales of the 2020 measures (国办函〔2020〕109号), both progressive over the excess (超额累进).
 * <ul>
 * <li>按件 (Art. 4): the same applicant's applications in one calendar month, counted cumulatively: the 1st–10th are
 * free, the 11th–30th cost 100 元 each, and from the 31st each further band of 10 costs 100 元 more per application
 * (31st–40th 200 元, 41st–50th 300 元 …).</li>
 * <li>按量 (Art. 5): pages of one application: up to 30 free, the 31st–100th page 10 元 each, the 101st–200th 20 元,
 * from the 201st 40 元.</li>
 * </ul>
 * The fee of one application by 按件 is the price of its own position in the month (the earlier ones were charged,
 * or not, when they were made).
 */
final class FeeRules {
    private FeeRules() {
    }

    /** The fee in 元 for the applicant's {@code nth} application of the calendar month (1-based). */
    static int perApplication(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth must be positive");
        }
        if (nth <= 10) {
            return 0;
        }
        if (nth <= 30) {
            return 100;
        }
        return 100 + 100 * ((nth - 31) / 10 + 1);
    }

    /** The fee in 元 for providing {@code pages} pages. */
    static int perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        int fee = 0;
        fee += 10 * Math.max(0, Math.min(pages, 100) - 30);
        fee += 20 * Math.max(0, Math.min(pages, 200) - 100);
        fee += 40 * Math.max(0, pages - 200);
        return fee;
    }

    /** How the amount was computed, for the fee notice and the case history. */
    static String basisPerApplication(int nth, int amount) {
        return "按件计收：本申请为申请人本自然月内第 " + nth + " 件申请（10 件以内免费，11–30 件每件 100 元，"
                + "31 件起每 10 件为一档、每档每件增加 100 元），应缴 " + amount + " 元";
    }

    static String basisPerPage(int pages, int amount) {
        return "按量计收：共 " + pages + " 页（30 页以内免费，31–100 页每页 10 元，101–200 页每页 20 元，"
                + "201 页以上每页 40 元），应缴 " + amount + " 元";
    }
}
