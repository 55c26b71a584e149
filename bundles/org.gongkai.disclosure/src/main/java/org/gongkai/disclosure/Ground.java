package org.gongkai.disclosure;

/** Why information is withheld (Art. 14–16): the eight 不予公开 sub-rows of the national annual report. */
public enum Ground {
    STATE_SECRET("属于国家秘密", "State secret (Art. 14)"),
    PROHIBITED_BY_LAW("其他法律行政法规禁止公开", "Prohibited by other laws (Art. 14)"),
    SECURITY_STABILITY("危及“三安全一稳定”", "Would endanger security or stability (Art. 14)"),
    THIRD_PARTY("保护第三方合法权益", "Protects third parties' rights (Art. 15)"),
    INTERNAL_AFFAIRS("属于三类内部事务信息", "Internal affairs (Art. 16 para 1)"),
    PROCESS_INFORMATION("属于四类过程性信息", "Process information (Art. 16 para 2)"),
    ENFORCEMENT_FILE("属于行政执法案卷", "Administrative enforcement file (Art. 16 para 2)"),
    ADMINISTRATIVE_QUERY("属于行政查询事项", "Administrative query matter");

    private final String nameZh;
    private final String nameEn;

    Ground(String nameZh, String nameEn) {
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
