package org.gongkai.broadcast;

import java.util.Arrays;
import java.util.Optional;

/**
 * Emergency levels 1–4 (红橙黄蓝), as EBM Severity 1–4 and CAP 1.2 severity Extreme/Severe/Moderate/Minor. The
 * correspondence is the project's reading of the standards (see docs), not an official table.
 */
public enum EmergencyLevel {
    RED(1, "红色", "Red", "Extreme"),
    ORANGE(2, "橙色", "Orange", "Severe"),
    YELLOW(3, "黄色", "Yellow", "Moderate"),
    BLUE(4, "蓝色", "Blue", "Minor");

    private final int level;
    private final String nameZh;
    private final String nameEn;
    private final String capSeverity;

    EmergencyLevel(int level, String nameZh, String nameEn, String capSeverity) {
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.capSeverity = capSeverity;
    }

    /** 1 (most severe) to 4. */
    public int level() {
        return level;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The CAP 1.2 {@code severity} value of this level. */
    public String capSeverity() {
        return capSeverity;
    }

    public static Optional<EmergencyLevel> of(int level) {
        return Arrays.stream(values()).filter(l -> l.level == level).findFirst();
    }

    /** The level of a CAP 1.2 severity; empty for {@code Unknown} or anything else. */
    public static Optional<EmergencyLevel> ofCapSeverity(String severity) {
        return Arrays.stream(values()).filter(l -> l.capSeverity.equals(severity)).findFirst();
    }
}
