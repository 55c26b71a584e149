package org.gongkai.broadcast;

/** How a township's daily slot of one date stands. */
public enum SlotState {
    /** Not decided yet: the released items of the slot wait (待播). */
    UPCOMING("待播", "Upcoming"),
    /** Fired at its time; the items went to the township's terminals. */
    ON_TIME("已按时播出", "Fired on time"),
    /** Fired late within the grace window (e.g. after a restart). */
    LATE("已补播", "Fired late"),
    /** Missed beyond the grace window (the platform was down): not played, logged and audited. */
    SKIPPED("已错过", "Skipped");

    private final String nameZh;
    private final String nameEn;

    SlotState(String nameZh, String nameEn) {
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
