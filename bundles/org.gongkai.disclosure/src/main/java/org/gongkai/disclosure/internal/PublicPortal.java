package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.RegionService;

/**
 * The portal's entry to the capability for the public REST resource: rate limits per client address (applying: a
 * burst of 5, then 1 a minute; tracking: a burst of 10, then 10 a minute), the online application, tracking, the reply
 * delivered online and the agency's 政府信息公开指南.
 */
public final class PublicPortal {
    private final PublicDesk desk;
    private final RegionService regions;
    private final LetterDesk letters;
    private final RateLimiter applyLimit;
    private final RateLimiter trackLimit;
    private final java.util.function.Function<String, GuideFacts> guideFacts;

    /** Per-agency facts the guide states: where to apply, the remedy organs. */
    record GuideFacts(String address, String phone, String email, String hours, String reconsiderationOrgan,
            String court) {
    }

    PublicPortal(PublicDesk desk, RegionService regions, LetterDesk letters, Clock clock,
            java.util.function.Function<String, GuideFacts> guideFacts) {
        this.desk = desk;
        this.regions = regions;
        this.letters = letters;
        this.guideFacts = guideFacts;
        this.applyLimit = new RateLimiter(5, 1, clock);
        this.trackLimit = new RateLimiter(10, 10, clock);
    }

    /** The portal of the disclosure component behind the service. */
    public static PublicPortal of(DisclosureService service) {
        return ((DisclosureComponent) service).portal();
    }

    /** Agencies that take applications (all active ones). */
    public List<Agency> agencies() {
        return regions.agencies().stream().filter(Agency::active).toList();
    }

    public Object apply(NewApplication a, String client) {
        applyLimit.acquire(client);
        return desk.apply(a);
    }

    public Object track(String number, String code, String client) {
        trackLimit.acquire(client);
        return desk.track(number, code);
    }

    public byte[] replyPdf(String number, String code, String client) {
        trackLimit.acquire(client);
        ApplicationDetail d = desk.verified(number, code);
        if (!PublicDesk.replyOnline(d)) {
            throw new NotFoundException("网上送达的答复 reply delivered online", number);
        }
        return letters.issuedReplyPdf(d);
    }

    /** The guide as titled sections of paragraphs. */
    public record Guide(String agencyCode, String agencyName, List<Section> sections) {
    }

    /** One section of the guide. */
    public record Section(String title, List<String> paragraphs) {
    }

    public Guide guide(String agencyCode) {
        Agency a = regions.agency(agencyCode == null ? "" : agencyCode).filter(Agency::active)
                .orElseThrow(() -> new NotFoundException("机关 agency", agencyCode));
        GuideFacts f = guideFacts.apply(a.code());
        List<Section> s = new ArrayList<>();
        s.add(new Section("一、主动公开", List.of(
                a.name() + "依照《中华人民共和国政府信息公开条例》第十九条至第二十六条主动公开政府信息，"
                        + "通过本平台“政务公开”栏目、政府公报、政务新媒体及公共查阅点等途径公开。",
                "属于主动公开范围的政府信息，自形成或者变更之日起 20 个工作日内予以公开（第二十六条）。")));
        List<String> how = new ArrayList<>();
        how.add("受理机构：" + a.name() + (f.address() == null ? "" : "，地址：" + f.address())
                + (f.hours() == null ? "" : "，办公时间：" + f.hours()) + (f.phone() == null ? "" : "，电话：" + f.phone())
                + (f.email() == null ? "" : "，电子邮箱：" + f.email()) + "。");
        how.add("申请内容（第二十九条）：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者"
                + "便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。");
        how.add("提出方式与收到申请之日（第三十一条）：");
        for (Channel c : Channel.values()) {
            how.add("· " + c.nameZh() + "：" + c.ruleZh());
        }
        s.add(new Section("二、依申请公开", how));
        s.add(new Section("三、办理时限", List.of(
                "能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长答复期限的，"
                        + "经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 20 个工作日（第三十三条）。",
                "申请内容不明确的，自收到申请之日起 7 个工作日内一次性告知补正，答复期限自收到补正的申请之日起计算；"
                        + "申请人无正当理由逾期不补正的，视为放弃申请（第三十条）。",
                "征求第三方和其他机关意见所需时间不计算在答复期限内（第三十三条第三款）；第三方应在 15 个工作日内提出意见"
                        + "（第三十二条）。",
                "工作日按国务院办公厅公布的节假日安排计算（北京时间），自收到申请之日的次日起算。")));
        s.add(new Section("四、收费", List.of(
                "提供政府信息不收取费用。申请数量、频次明显超过合理范围的，按《政府信息公开信息处理费管理办法》收取"
                        + "信息处理费（第四十二条）：按件计收——同一申请人一个自然月内累计 10 件以内免费，11–30 件每件 100 元，"
                        + "31 件起每 10 件为一档、每档每件增加 100 元；按量计收——30 页以内免费，31–100 页每页 10 元，"
                        + "101–200 页每页 20 元，201 页以上每页 40 元。费用缴入国库。")));
        s.add(new Section("五、救济途径", List.of(
                "申请人认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门"
                        + "投诉、举报，也可以依法申请行政复议或者提起行政诉讼（第五十一条）。",
                "行政复议：自知道之日起 60 日内向" + (f.reconsiderationOrgan() == null ? "有管辖权的复议机关"
                        : f.reconsiderationOrgan()) + "申请；行政诉讼：自知道之日起 6 个月内向"
                        + (f.court() == null ? "有管辖权的人民法院" : f.court()) + "提起。对不予公开决定不服的，应当先申请"
                        + "行政复议（《行政复议法》第二十三条）。")));
        return new Guide(a.code(), a.name(), s);
    }
}
