package org.gongkai.disclosure.internal.ledger;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a ledger file, with the Chinese header the template uses and the other spellings accepted
 * (Chinese variants and English names). Headers match after trimming, full-width folding and dropping any
 * parenthesised note such as “（必填）”.
 */
public enum LedgerColumn {
    NUMBER("申请编号", false, "编号", "申请号", "number", "application number", "application no"),
    RECEIPT_DATE("收到日期", true, "收到申请日期", "收到申请之日", "申请收到日期", "收件日期", "receipt date", "received on",
            "date received"),
    CHANNEL("申请方式", true, "提交方式", "申请渠道", "channel"),
    APPLICANT_TYPE("申请人类型", true, "申请人类别", "applicant type"),
    APPLICANT_NAME("申请人", true, "申请人姓名", "申请人名称", "申请人姓名或名称", "申请人姓名/名称", "applicant",
            "applicant name"),
    AGENCY_CODE("受理机关", true, "受理机关编码", "受理机关代码", "机关编码", "agency", "agency code"),
    ITEMS("申请内容", true, "申请公开的信息", "申请公开内容", "所需信息", "申请事项", "items", "requested information",
            "request"),
    DECISIONS("处理结果", false, "答复结果", "办理结果", "decision", "decisions", "result"),
    GROUNDS("不予公开理由", false, "不予公开依据", "不予公开原因", "ground", "grounds", "withholding ground"),
    REPLY_DATE("答复日期", false, "办结日期", "reply date", "replied on", "end date"),
    DELIVERED_ON("送达日期", false, "delivery date", "delivered on"),
    OUTCOME("办结情况", false, "办理状态", "办理情况", "状态", "status", "outcome");

    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|[*]");
    private static final Pattern IGNORED = Pattern.compile("[\\s_\\-./\\uFEFF]+");
    private static final Map<String, LedgerColumn> BY_HEADER = new HashMap<>();

    static {
        for (LedgerColumn c : values()) {
            register(c.header, c);
            for (String alias : c.aliases) {
                register(alias, c);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    LedgerColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    private static void register(String text, LedgerColumn c) {
        LedgerColumn previous = BY_HEADER.put(headerKey(text), c);
        if (previous != null && previous != c) {
            throw new IllegalStateException("Ledger header " + text + " names two columns");
        }
    }

    /** The standard Chinese header, as the template writes it and as errors name the column. */
    public String header() {
        return header;
    }

    /** True when the header must be present and every row must fill the cell. */
    public boolean required() {
        return required;
    }

    /** The column a header cell names, if any; unknown headers (序号, 备注 …) are ignored by the parser. */
    public static Optional<LedgerColumn> forHeader(String text) {
        return Optional.ofNullable(BY_HEADER.get(headerKey(text)));
    }

    /** First line only, full-width folded, notes in brackets and stars dropped, spacing and punctuation ignored. */
    static String headerKey(String text) {
        if (text == null) {
            return "";
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        String folded = Normalizer.normalize(firstLine, Normalizer.Form.NFKC);
        return IGNORED.matcher(NOTE.matcher(folded).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
