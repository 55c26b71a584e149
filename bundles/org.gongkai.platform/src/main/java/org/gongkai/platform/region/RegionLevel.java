package org.gongkai.platform.region;

/** Levels of the region tree and the form of their codes. */
public enum RegionLevel {
    /** 县 (county), 6-digit GB/T 2260 code. */
    COUNTY("县（区）", "County", 6),
    /** 乡镇 (township), 9-digit code. */
    TOWNSHIP("乡镇（街道）", "Township", 9),
    /** 行政村/社区 (administrative village or community), 12-digit statistical code. */
    VILLAGE("行政村（社区）", "Village", 12),
    /** 自然村/屯 (hamlet): named, below a village; code = village code + 3 digits, assigned locally. */
    HAMLET("自然村（屯）", "Hamlet", 15);

    private final String nameZh;
    private final String nameEn;
    private final int codeLength;

    RegionLevel(String nameZh, String nameEn, int codeLength) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.codeLength = codeLength;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a child of this level has, or null for hamlets. */
    public RegionLevel childLevel() {
        int next = ordinal() + 1;
        return next < values().length ? values()[next] : null;
    }
}
