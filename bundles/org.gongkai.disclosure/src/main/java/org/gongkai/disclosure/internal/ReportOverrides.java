package org.gongkai.disclosure.internal;

import java.util.EnumMap;
import java.util.Map;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.internal.report.ReportRow;

/** Parses the configured annual-report row overrides ("SPECIAL_PROCEDURE=OTHER, NOT_RESPONSIBLE=..."). */
final class ReportOverrides {
    private ReportOverrides() {
    }

    static Map<Decision, ReportRow> parse(String text) {
        Map<Decision, ReportRow> map = new EnumMap<>(Decision.class);
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("report row override must be DECISION=ROW: " + pair.strip());
            }
            map.put(Decision.valueOf(kv[0].strip()), ReportRow.valueOf(kv[1].strip()));
        }
        return map;
    }
}
