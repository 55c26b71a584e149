package org.gongkai.disclosure.internal.report;

import java.util.Arrays;
import java.util.List;

/**
 * The six result groups （一）…（六） of section 三 of the national annual report (国办公开办函〔2021〕30号), in table
 * order, which is also the precedence order of {@link ReportMapping#combine}.
 */
public enum ReportGroup {
    GRANTED("（一）予以公开", "Disclosed"),
    PARTIALLY_GRANTED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partly disclosed (counted only here)"),
    WITHHELD("（三）不予公开", "Not disclosed"),
    UNAVAILABLE("（四）无法提供", "Cannot be provided"),
    NOT_PROCESSED("（五）不予处理", "Not processed"),
    OTHER("（六）其他处理", "Other handling");

    private final String labelZh;
    private final String labelEn;

    ReportGroup(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The exact label of the national table, e.g. “（三）不予公开”. */
    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The leaf rows of this group in table order (one row for （一） and （二）). */
    public List<ReportRow> rows() {
        return Arrays.stream(ReportRow.values()).filter(r -> r.group() == this).toList();
    }

    /** True for （一） and （二）, which the table prints as a single row without numbered sub-rows. */
    public boolean single() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }
}
