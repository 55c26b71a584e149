package org.gongkai.disclosure.internal.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * The words a ledger may use for channels, applicant types, decisions, grounds and outcomes: the platform's Chinese
 * names, the enum names, and the short forms counties write (予以公开, 信息不存在, 非本机关 …). Matching ignores
 * width, spacing, quotes, letter case and a leading list number.
 */
final class LedgerVocabulary {
    /** 已办结: ended, replied or delivered depending on whether a delivery date is given. */
    static final String ENDED = "已办结";

    static final Lookup<Channel> CHANNELS = new Lookup<>(Channel.values(), Channel::nameZh)
            .alias(Channel.IN_PERSON, "当面提交", "现场", "现场提交", "窗口")
            .alias(Channel.ORAL, "口头申请", "口头提出")
            .alias(Channel.REGISTERED_POST, "挂号信", "EMS", "挂号", "快递")
            .alias(Channel.ORDINARY_POST, "平常信函", "普通信函")
            .alias(Channel.ONLINE, "网上申请", "网络", "互联网", "在线", "网站", "在线申请")
            .alias(Channel.FAX, "传真申请")
            .alias(Channel.EMAIL, "电子邮箱", "email", "e-mail");

    static final Lookup<ApplicantType> APPLICANT_TYPES = new Lookup<>(ApplicantType.values(), ApplicantType::nameZh)
            .alias(ApplicantType.NATURAL_PERSON, "个人", "公民")
            .alias(ApplicantType.COMMERCIAL_ENTERPRISE, "企业")
            .alias(ApplicantType.RESEARCH_INSTITUTION, "科研院所")
            .alias(ApplicantType.SOCIAL_WELFARE_ORG, "公益组织")
            .alias(ApplicantType.LEGAL_SERVICE_ORG, "律师事务所")
            .alias(ApplicantType.OTHER_ORG, "其他");

    static final Lookup<Decision> DECISIONS = new Lookup<>(Decision.values(), Decision::nameZh)
            .alias(Decision.ALREADY_PUBLIC, "已主动公开", "已公开", "告知获取方式")
            .alias(Decision.DISCLOSED, "公开", "同意公开")
            .alias(Decision.PARTIALLY_DISCLOSED, "部分公开", "区分处理")
            .alias(Decision.WITHHELD, "不予公开", "不公开")
            .alias(Decision.NOT_HELD, "信息不存在", "本机关不掌握相关政府信息", "本机关不掌握", "不掌握", "无此信息",
                    "经检索没有")
            .alias(Decision.NOT_RESPONSIBLE, "非本机关", "非本机关信息", "不属于本机关", "不属于本机关公开职责")
            .alias(Decision.REPEATED, "重复申请")
            .alias(Decision.SPECIAL_PROCEDURE, "按有关法律法规办理", "按其他法律法规办理", "其他法律法规规定")
            .alias(Decision.NEEDS_CREATION, "需另行制作", "没有现成信息需要另行制作", "需加工分析")
            .alias(Decision.UNCLEAR_AFTER_CORRECTION, "补正后申请内容仍不明确", "补正后仍不明确", "申请内容不明确")
            .alias(Decision.PETITION, "信访举报投诉类申请", "信访", "投诉举报", "信访投诉举报")
            .alias(Decision.PUBLICATION, "要求提供公开出版物", "公开出版物")
            .alias(Decision.EXCESSIVE, "无正当理由大量反复申请", "大量反复申请")
            .alias(Decision.CONFIRMATION_REQUEST, "要求行政机关确认或重新出具已获取信息", "要求确认或重新出具已获取信息",
                    "要求确认或重新出具");

    static final Lookup<Ground> GROUNDS = new Lookup<>(Ground.values(), Ground::nameZh)
            .alias(Ground.STATE_SECRET, "国家秘密")
            .alias(Ground.PROHIBITED_BY_LAW, "法律行政法规禁止公开", "法律法规禁止公开")
            .alias(Ground.SECURITY_STABILITY, "三安全一稳定", "危及国家安全、公共安全、经济安全、社会稳定")
            .alias(Ground.THIRD_PARTY, "第三方合法权益", "涉及第三方合法权益", "第三方权益", "商业秘密", "个人隐私")
            .alias(Ground.INTERNAL_AFFAIRS, "内部事务信息", "内部事务", "三类内部事务信息")
            .alias(Ground.PROCESS_INFORMATION, "过程性信息", "四类过程性信息")
            .alias(Ground.ENFORCEMENT_FILE, "行政执法案卷")
            .alias(Ground.ADMINISTRATIVE_QUERY, "行政查询事项");

    static final Lookup<LedgerOutcome> OUTCOMES = new Lookup<>(LedgerOutcome.values(), LedgerOutcome::nameZh)
            .alias(LedgerOutcome.OPEN, "在办", "未办结", "正在办理")
            .alias(LedgerOutcome.REPLIED, "答复", "已答复未送达")
            .alias(LedgerOutcome.DELIVERED, "送达")
            .alias(LedgerOutcome.WITHDRAWN, "撤回", "申请人撤回")
            .alias(LedgerOutcome.ABANDONED, "视为放弃申请", "逾期未补正", "放弃")
            .alias(LedgerOutcome.LAPSED, "未缴费", "逾期未缴纳费用");

    private LedgerVocabulary() {
    }

    /** True for 已办结 or 办结: ended with a reply, whether delivered is read from the delivery date. */
    static boolean isEnded(String text) {
        String k = LedgerText.key(text);
        return k.equals(LedgerText.key(ENDED)) || k.equals(LedgerText.key("办结"));
    }

    /** Words to values of one enum; built once, rejects a word that would name two values. */
    static final class Lookup<E extends Enum<E>> {
        private final Map<String, E> byKey = new HashMap<>();
        private final List<E> values;
        private final Function<E, String> nameZh;

        Lookup(E[] values, Function<E, String> nameZh) {
            this.values = List.of(values);
            this.nameZh = nameZh;
            for (E e : values) {
                add(e.name(), e);
                add(nameZh.apply(e), e);
            }
        }

        private Lookup<E> alias(E e, String... words) {
            for (String w : words) {
                add(w, e);
            }
            return this;
        }

        private void add(String word, E e) {
            E previous = byKey.put(LedgerText.key(word), e);
            if (previous != null && previous != e) {
                throw new IllegalStateException("Ledger word " + word + " names " + previous + " and " + e);
            }
        }

        Optional<E> find(String text) {
            return Optional.ofNullable(byKey.get(LedgerText.key(text)));
        }

        /** The standard Chinese names, for a message saying what may be written. */
        String choicesZh() {
            return values.stream().map(nameZh).collect(Collectors.joining("、"));
        }

        String choicesEn() {
            return values.stream().map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
