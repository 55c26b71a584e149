package org.gongkai.disclosure.internal.ledger;

import org.gongkai.disclosure.Stage;

/** How an imported case stands (台账“办结情况”): still open, answered, or ended without a reply. */
public enum LedgerOutcome {
    OPEN("办理中", "Open", Stage.REGISTERED),
    REPLIED("已答复", "Replied", Stage.REPLIED),
    DELIVERED("已送达", "Delivered", Stage.DELIVERED),
    WITHDRAWN("已撤回", "Withdrawn", Stage.WITHDRAWN),
    ABANDONED("视为放弃", "Deemed abandoned", Stage.ABANDONED),
    LAPSED("逾期未缴费", "Lapsed (fee not paid)", Stage.LAPSED);

    private final String nameZh;
    private final String nameEn;
    private final Stage stage;

    LedgerOutcome(String nameZh, String nameEn, Stage stage) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.stage = stage;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The workflow stage an imported case of this outcome is stored in; open cases start as registered. */
    public Stage stage() {
        return stage;
    }

    /** True when the case was answered with a decision on every item (答复 or 送达). */
    public boolean replied() {
        return this == REPLIED || this == DELIVERED;
    }

    /** True when the case ended without a reply (撤回, 视为放弃, 逾期未缴费). */
    public boolean endedWithoutReply() {
        return this == WITHDRAWN || this == ABANDONED || this == LAPSED;
    }
}
