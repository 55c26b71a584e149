package org.gongkai.broadcast;

import java.util.Objects;

/** Where a broadcast plays: one terminal, or every terminal in a region (hamlet, village, township or the county). */
public record Target(Kind kind, String code) {

    /** What {@link #code()} names. */
    public enum Kind {
        /** A terminal id. */
        TERMINAL,
        /** A region code of the region tree; the county code means county-wide. */
        REGION
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static Target terminal(String terminalId) {
        return new Target(Kind.TERMINAL, terminalId);
    }

    public static Target region(String regionCode) {
        return new Target(Kind.REGION, regionCode);
    }
}
