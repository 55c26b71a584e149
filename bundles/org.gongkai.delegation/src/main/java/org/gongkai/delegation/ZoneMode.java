package org.gongkai.delegation;

/** Whether applications about a zone go to it by delegation or the zone answers them as an agency of its own. */
public enum ZoneMode {
    /** Not an administrative body of its own: the government delegates applications to it (委托办理). */
    DELEGATED("委托办理", "Delegated"),
    /** An administrative body in its own right: an ordinary agency; nothing is delegated to it. */
    INDEPENDENT("独立答复", "Independent");

    private final String nameZh;
    private final String nameEn;

    ZoneMode(String nameZh, String nameEn) {
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
