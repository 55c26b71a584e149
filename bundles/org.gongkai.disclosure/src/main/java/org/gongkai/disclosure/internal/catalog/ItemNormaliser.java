package org.gongkai.disclosure.internal.catalog;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces a citizen's wording of a requested item to its core, so that different wordings of the same document
 * compare equal: the steps run in this order and each is plain enough to explain to a handler.
 * <ol>
 * <li>NFKC with case folding: full-width letters and digits become half-width, Latin becomes lower case;</li>
 * <li>Traditional → Simplified Chinese (ICU {@code Traditional-Simplified});</li>
 * <li>dates and numbers go: 2019年, 二〇一九年度, 3月, then every remaining digit (文号, 组号, lot numbers);</li>
 * <li>placeholders for names go: {@code xx}, 某某;</li>
 * <li>everything that is not a letter goes: punctuation, brackets, quotes, spaces, symbols, emoji;</li>
 * <li>synonyms become one canonical word ({@link #SYNONYMS}: 征地 → 征收土地, 批文 → 批复, 社保 → 社会保障 …);</li>
 * <li>filler words go ({@link #FILLERS}: 申请公开, 要求提供, 关于, 的, 复印件, 文件 …).</li>
 * </ol>
 * Synonyms run before fillers so that 批准文件 becomes 批复 before 文件 is dropped as a filler. Both tables are
 * applied longest phrase first in one pass. Place names are not recognised; only their digits and placeholders go.
 * Thread-safe: ICU normalisers and transliterators may be shared between threads without locking.
 */
public final class ItemNormaliser {
    /** Inputs longer than this are cut before normalising; no catalog wording is anywhere near as long. */
    public static final int MAX_INPUT = 4000;

    /** Variant → canonical word. Both sides of every comparison pass through it. */
    static final Map<String, String> SYNONYMS = synonyms();
    /** Words that say nothing about which document is meant. */
    static final List<String> FILLERS = List.of(
            "申请公开", "请求公开", "要求公开", "依法公开", "请公开", "公开", "申请", "请求", "要求", "请", "提供",
            "获取", "查阅", "给予", "给我", "关于", "有关", "相关", "涉及", "我村", "我组", "本村", "本组", "我家",
            "我户", "本户", "贵单位", "贵局", "贵府", "你局", "你单位", "政府信息", "信息", "复印件", "复印",
            "原件", "扫描件", "影本", "影印本", "一份", "一套", "全部", "所有", "完整", "文件", "资料", "以及", "及其", "和", "及",
            "与", "等", "的", "谢谢", "某");

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Pattern DATES = Pattern.compile(
            "[0-9]{2,4}年度?|[〇零○一二三四五六七八九]{2,4}年度?|[0-9]{1,2}月(份)?|[0-9]{1,2}[日号]");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Pattern PLACEHOLDERS = Pattern.compile("(?<![a-z])x{2,}(?![a-z])|某+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final PhraseTable SYNONYM_TABLE = new PhraseTable(SYNONYMS);
    private static final PhraseTable FILLER_TABLE = new PhraseTable(fillerTable());

    private ItemNormaliser() {
    }

    /** The core of {@code text}; empty for null, blank or text with nothing left (only fillers, digits, emoji). */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        s = NFKC_CASEFOLD.normalize(s);
        s = TO_SIMPLIFIED.transliterate(s);
        s = DATES.matcher(s).replaceAll("");
        s = DIGITS.matcher(s).replaceAll("");
        s = PLACEHOLDERS.matcher(s).replaceAll("");
        s = NOT_LETTERS.matcher(s).replaceAll("");
        s = SYNONYM_TABLE.apply(s);
        return FILLER_TABLE.apply(s);
    }

    private static Map<String, String> synonyms() {
        Map<String, String> m = new HashMap<>();
        put(m, "征收土地", "征地", "土地征收", "征用土地", "土地征用");
        put(m, "征收", "征用");
        put(m, "房屋征收", "拆迁", "房屋拆迁");
        put(m, "批复", "批文", "批复文件", "批准文件", "批准书", "批件");
        put(m, "补偿安置方案", "补偿方案", "安置补偿方案", "补偿安置方案");
        put(m, "发放明细", "花名册", "发放花名册", "发放明细表", "明细表", "发放清单", "发放表", "发放名单",
                "领取名单", "发放情况");
        put(m, "规划许可证", "规划许可", "规划许可证", "规划许可证书", "规划证");
        put(m, "社会保障", "社保");
        put(m, "不动产权证", "不动产证", "不动产权证书", "不动产登记证", "不动产权证");
        put(m, "国有土地使用证", "国有土地使用权证", "国有土地使用证");
        put(m, "土地使用证", "土地证", "土地使用权证", "土地使用证");
        put(m, "公告", "通告", "公示");
        put(m, "听证笔录", "听证会记录", "听证记录", "听证会笔录");
        put(m, "协议", "协议书", "合同");
        put(m, "决定", "决定书");
        put(m, "省政府", "省人民政府", "省级人民政府", "省级政府", "自治区人民政府", "自治区政府");
        put(m, "县政府", "县人民政府");
        return m;
    }

    private static void put(Map<String, String> m, String canonical, String... variants) {
        for (String v : variants) {
            if (m.put(v, canonical) != null) {
                throw new IllegalStateException("Synonym listed twice: " + v);
            }
        }
    }

    private static Map<String, String> fillerTable() {
        Map<String, String> m = new HashMap<>();
        FILLERS.forEach(f -> m.put(f, ""));
        return m;
    }
}
