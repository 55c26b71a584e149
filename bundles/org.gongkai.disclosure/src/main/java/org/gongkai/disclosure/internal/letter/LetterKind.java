package org.gongkai.disclosure.internal.letter;

/** The kinds of letter an agency sends in an information-disclosure case, with their default titles. */
public enum LetterKind {
    /** 答复告知书: the reply on every requested item (Art. 36–39). */
    REPLY("答复告知书", "Reply", "政府信息公开申请答复告知书"),
    /** 补正告知书: asks the applicant to make an unclear application clear (Art. 30). */
    CORRECTION("补正告知书", "Request for correction", "政府信息公开申请补正告知书"),
    /** 延期答复告知书: the reply period is extended (Art. 33 para 2). */
    EXTENSION("延期答复告知书", "Extension notice", "政府信息公开申请延期答复告知书"),
    /** 第三方意见征询函: asks a third party whether it agrees to disclosure (Art. 32). */
    THIRD_PARTY("第三方意见征询函", "Third-party consultation", "政府信息公开第三方意见征询函"),
    /** 收费通知: the information-processing fee (Art. 42 and the 2020 Measures). */
    FEE("收费通知", "Fee notice", "政府信息公开信息处理费收费通知"),
    /** 说明理由通知: asks the applicant to state reasons for the quantity or frequency of requests (Art. 35). */
    REASONS("说明理由通知", "Request for reasons", "政府信息公开申请说明理由通知书");

    private final String nameZh;
    private final String nameEn;
    private final String defaultTitle;

    LetterKind(String nameZh, String nameEn, String defaultTitle) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.defaultTitle = defaultTitle;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The title printed at the top of the letter unless staff change it. */
    public String defaultTitle() {
        return defaultTitle;
    }
}
