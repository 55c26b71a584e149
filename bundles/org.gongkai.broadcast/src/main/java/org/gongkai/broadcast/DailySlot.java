package org.gongkai.broadcast;

/**
 * The three daily slots of the loudspeaker network (一天三时段). A slot is a name, not a time: each township maps it
 * to its own time by configuration (by default 07:00, 12:00 and 19:00), so a county-wide item scheduled for the
 * morning plays in every township at that township's morning time.
 */
public enum DailySlot {
    MORNING("早", "Morning"),
    NOON("中", "Noon"),
    EVENING("晚", "Evening");

    private final String nameZh;
    private final String nameEn;

    DailySlot(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
