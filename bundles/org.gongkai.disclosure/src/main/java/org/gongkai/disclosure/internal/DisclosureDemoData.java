package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.DelegationOrder;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.platform.DemoDataReady;
import org.gongkai.platform.DemoMode;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Settings;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, once: about 300 applications of 2025 and 2026 in every stage and outcome (corrections, fees,
 * extensions, consultations, Art. 35, withdrawals, on-the-spot and online replies, reconsiderations and lawsuits), many
 * of them Xi'an-style land-expropriation requests decided from the catalog, replayed through the real service on the
 * days they happened (so numbers, clocks, letters and histories are consistent).
 * Needs the platform's demo county; does nothing on a real installation. Registered as {@link DemoDataReady}
 * {@code (gongkai.demo=disclosure)} once done, so demo data built on these cases (delegation) loads after them.
 */
@Component(immediate = true, service = DemoDataReady.class, property = DemoDataReady.PROPERTY + "=disclosure")
public class DisclosureDemoData implements DemoDataReady {
    static final String SETTING = "demo.disclosure";
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureDemoData.class);
    private static final ZoneId CHINA = WorkingDayCalendar.ZONE;
    private static final String[] TITLES = {"征收土地公告", "征地补偿安置方案公告", "土地征收批准文件", "建设用地规划许可证",
        "征地补偿款发放明细", "集体土地征收社会稳定风险评估报告", "房屋征收补偿标准", "国有土地使用权出让合同",
        "城乡最低生活保障对象名单", "义务教育学校招生划片方案", "农村危房改造补助名单", "医疗保障报销标准",
        "道路建设项目环境影响评价文件", "财政预算执行情况"};
    private static final String[] VILLAGES = {"大圩镇毛村", "灵川镇甘棠村", "定江镇路莫村", "三街镇溶流村", "潭下镇老街村",
        "八里街开发区"};
    private static final String[] NAMES = {"魏明", "李秀英", "王建国", "张丽", "刘洋", "陈静", "杨帆", "黄海", "赵敏", "周杰",
        "吴芳", "徐磊", "孙悦", "胡军", "朱红", "高峰", "林娜", "何强", "郭敏", "马超"};
    private static final String[] COMPANIES = {"桂林某某建材有限公司", "广西某律师事务所", "灵川县某农业合作社",
        "某大学法学院课题组", "桂林市某公益服务中心"};

    private final DisclosureComponent service;
    private final WorkingDayCalendar calendar;
    private final Random random = new Random(450323);
    private int steps;
    private final Actor registrar = new Actor("registrar", "LC-GKB", Set.of(Role.REGISTRAR.id()));
    private final Actor handler = new Actor("handler", "LC-GKB", Set.of(Role.HANDLER.id()));
    private final Actor reviewer = new Actor("reviewer", "LC-GKB", Set.of(Role.REVIEWER.id()));
    private final Actor head = new Actor("head", "LC-GKB", Set.of(Role.OFFICE_HEAD.id()));

    @Activate
    public DisclosureDemoData(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=disclosure)") SchemaReady schema,
            @Reference DisclosureService disclosure, @Reference WorkingDayCalendar calendar,
            @Reference PlatformClock clock,
            @Reference(target = "(" + DemoDataReady.PROPERTY + "=platform)") DemoDataReady demoCounty) {
        this.service = (DisclosureComponent) disclosure;
        this.calendar = calendar;
        Settings settings = new Settings(new Jdbc(dataSource));
        // the demo county's loader has finished (it registers DemoDataReady); on a real installation it loaded nothing
        if (!DemoMode.enabled() || settings.get("demo.platform").isEmpty() || settings.get(SETTING).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.clock().withZone(CHINA));
        int made = 0;
        try {
            for (LocalDate day = LocalDate.of(today.getYear() - 1, 1, 3); day.isBefore(today); day = day.plusDays(1)) {
                boolean recent = calendar.workingDaysBetween(day, today).days() < 25;
                if (calendar.describe(day).workingDay() && random.nextInt(100) < (recent ? 70 : 58)) {
                    replay(day, today);
                    made++;
                }
            }
            int zoneCases = zoneHistory(today);
            settings.put(SETTING, "loaded");
            LOG.info("Demo mode: {} applications about the development zones' affairs, most delegated to the zones",
                    zoneCases);
            // the daily checks would have run on those days: flag now what they would have flagged (the job's first
            // run, 30 s after start, may come before this replay has finished)
            int lapsed = service.flagLapses().size();
            int overdue = service.flagOverdue().size();
            LOG.info("Demo mode: {} disclosure applications loaded; {} overdue, {} past a correction or payment period",
                    made, overdue, lapsed);
        } catch (RuntimeException e) {
            LOG.error("Demo mode: disclosure demo data stopped after {} applications", made, e);
        }
    }

    private DisclosureServiceImpl at(LocalDate day) {
        return service.at(Clock.fixed(day.atTime(10, 0).atZone(CHINA).toInstant(), CHINA));
    }

    private LocalDate plus(LocalDate day, int workingDays) {
        return calendar.addWorkingDays(day, workingDays).date();
    }

    /** One application, taken as far as its age and its scenario allow (recent ones stop at a random stage). */
    private void replay(LocalDate receipt, LocalDate today) {
        ApplicationDetail d = at(receipt).register(registrar, application(receipt));
        String no = d.number();
        boolean recent = calendar.workingDaysBetween(receipt, today).days() < 25;
        steps = recent ? random.nextInt(6) : Integer.MAX_VALUE;
        if (!step(receipt, today, no, registrar, Action.REGISTER, null)) {
            return;
        }
        int scenario = random.nextInt(100);
        LocalDate t = receipt;
        if (scenario < 3) {
            // answered on the spot: the registrar decides and hands the reply over the same day
            for (ApplicationDetail.Item item : at(receipt).get(registrar, no).items()) {
                at(receipt).decide(registrar, no, item.seq(), new ItemDecision(Decision.ALREADY_PUBLIC, null,
                        "该信息已在县政府门户网站主动公开，当场告知获取方式。"), null);
            }
            step(receipt, today, no, registrar, Action.REPLY_ON_THE_SPOT, null);
            step(plus(receipt, 3), today, no, registrar, Action.ARCHIVE, null);
            return;
        }
        if (scenario < 15) {
            LocalDate notice = plus(receipt, 2);
            if (!step(notice, today, no, registrar, Action.REQUEST_CORRECTION,
                    new ActionInput("请明确所需信息的名称或文号", null, notice.plusDays(15)))) {
                return;
            }
            if (scenario < 6) {
                step(notice.plusDays(16), today, no, registrar, Action.DEEM_ABANDONED,
                        new ActionInput("补正期限届满未补正，经电话核实无正当理由", null, null));
                step(notice.plusDays(18), today, no, registrar, Action.ARCHIVE, null);
                return;
            }
            if (scenario < 8) {
                if (!step(notice.plusDays(16), today, no, registrar, Action.GOOD_REASON, new ActionInput(
                        "申请人住院治疗，提供了病历，属正当理由", null, notice.plusDays(30)))) {
                    return;
                }
                notice = notice.plusDays(17);
            }
            t = plus(notice, 4);
            if (!step(t, today, no, registrar, Action.RECEIVE_CORRECTION, new ActionInput(null, t, null))) {
                return;
            }
        } else if (scenario < 19) {
            step(plus(receipt, 3), today, no, registrar, Action.WITHDRAW, new ActionInput("申请人书面撤回申请", null, null));
            if (random.nextBoolean()) {
                step(plus(receipt, 6), today, no, registrar, Action.ARCHIVE, null);
            }
            return;
        }
        LocalDate drafting = plus(t, 2);
        if (!step(drafting, today, no, handler, Action.START_DRAFTING, null)) {
            return;
        }
        if (scenario >= 19 && scenario < 24) {
            return; // left in drafting: overdue if old enough
        }
        LocalDate decided = plus(drafting, 3);
        if (scenario >= 24 && scenario < 29) {
            // an excessive requester pays by the page (or lets the fee lapse)
            if (decided.isAfter(today) || steps-- <= 0) {
                return;
            }
            service.recordsAt(clock(drafting.plusDays(1))).feeNotice(handler, no, org.gongkai.disclosure.FeeMethod.PER_PAGE,
                    40 + random.nextInt(200));
            LocalDate lapse = plus(drafting, 22);
            if (scenario < 26) {
                step(lapse, today, no, head, Action.FEE_LAPSE, new ActionInput("逾期未缴纳信息处理费", null, null));
                return;
            }
            LocalDate paid = plus(drafting, 6);
            if (paid.isAfter(today)) {
                return;
            }
            service.recordsAt(clock(paid)).feePaid(registrar, no, paid, "FS" + paid.toString().replace("-", ""));
            decided = plus(paid, 2);
        } else if (scenario >= 29 && scenario < 34) {
            // consultation of a third party (Art. 32): 15 working days not counted
            LocalDate from = plus(drafting, 1);
            if (from.isAfter(today) || steps-- <= 0) {
                return;
            }
            ApplicationDetail paused = at(from).startPause(handler, no, "CONSULTATION", from, "征求第三方意见");
            LocalDate to = plus(from, 12);
            if (to.isAfter(today)) {
                return;
            }
            at(to).endPause(handler, no, paused.pauses().get(paused.pauses().size() - 1).id(), to);
            decided = plus(to, 2);
        } else if (scenario >= 34 && scenario < 38) {
            LocalDate ext = plus(drafting, 8);
            if (ext.isAfter(today) || steps-- <= 0) {
                return;
            }
            at(ext).extend(head, no, 10 + random.nextInt(11), "需要调取档案并会商有关部门");
            decided = plus(ext, 6);
        } else if (scenario >= 38 && scenario < 40) {
            LocalDate asked = plus(drafting, 1);
            if (!step(asked, today, no, handler, Action.REQUEST_REASONS, new ActionInput(
                    "您本月提出的申请数量明显超过合理范围，请说明理由", null, null, asked.plusDays(10), null, null, null))) {
                return;
            }
            decided = plus(asked, 8);
        }
        if (decided.isAfter(today)) {
            return;
        }
        for (ApplicationDetail.Item item : at(decided).get(handler, no).items()) {
            if (scenario >= 38 && scenario < 40) {
                at(decided).decide(handler, no, item.seq(), new ItemDecision(Decision.EXCESSIVE, null,
                        "申请人未说明正当理由。"), null);
                continue;
            }
            String code = catalogCode(item.description());
            if (code != null && random.nextInt(100) < 80) {
                at(decided).decide(handler, no, item.seq(), service.catalog().decisionFrom(code,
                        String.valueOf(receipt.getYear() - 1), item.description().substring(0, 3)), code);
            } else {
                at(decided).decide(handler, no, item.seq(), decision());
            }
        }
        LocalDate review = plus(decided, 1);
        if (!step(review, today, no, handler, Action.SUBMIT_FOR_REVIEW, null)) {
            return;
        }
        LocalDate approved = plus(review, 2);
        if (!step(approved, today, no, reviewer, Action.APPROVE, new ActionInput("同意", null, null))) {
            return;
        }
        LocalDate delivered = plus(approved, 1);
        if (!step(delivered, today, no, registrar, Action.DELIVER, delivery(at(approved).get(registrar, no).receiveBy(),
                delivered, random))) {
            return;
        }
        if (random.nextInt(100) < 6) {
            remedy(no, delivered, today);
        }
        step(plus(delivered, 5), today, no, registrar, Action.ARCHIVE, null);
    }

    /** The demo zones, their staff and the subjects of the applications about them (Xi'an's seed: 57 cases). */
    private static final String[][] ZONES = {
        {"LC-DZ-BLJ", "zone", "八里街开发区", "标准厂房租赁合同", "园区企业入驻协议", "招商引资优惠政策兑现情况", "土地出让合同",
            "标准厂房建设项目审批文件"},
        {"LC-DZ-GTJ", "zone2", "甘棠江园区", "园区企业名单及投资协议", "标准厂房租赁价格", "招商引资奖励资金发放情况",
            "土地出让合同", "园区企业环评批复"}};

    /**
     * Applications about the development zones' own affairs over the demo years, replayed on their days like the
     * others: since delegation (委托办理) most go to the zone, which answers on the government's behalf in 6–10
     * working days; the rest the government office still answers itself in 15–20 — the comparison the delegation
     * report shows (the seed: half the time). Closed before today, so the zones' boards show only what is open.
     */
    private int zoneHistory(LocalDate today) {
        Random r = new Random(2022_12);
        int made = 0;
        int turn = 0;
        for (LocalDate day = LocalDate.of(today.getYear() - 1, 1, 6); plus(day, 30).isBefore(today);
                day = plus(day, 6 + r.nextInt(5))) {
            String[] zone = ZONES[turn++ % ZONES.length];
            String title = zone[2] + zone[3 + r.nextInt(zone.length - 3)];
            NewApplication a = application(day);
            NewApplication app = new NewApplication("demo-zone-" + day + "-" + turn, a.channel(), a.submittedOn(),
                    a.signedForOn(), a.confirmedOn(), a.applicantType(), a.applicantName(), a.idKind(), a.idNumber(),
                    a.phone(), a.email(), a.address(), title, List.of(new NewApplication.NewItem(title)), a.form(),
                    a.receiveBy(), "LC-GKB");
            String no = at(day).register(registrar, app).number();
            at(day).act(registrar, no, Action.REGISTER, null);
            boolean delegated = r.nextInt(100) < 65;
            Actor staff = delegated ? new Actor(zone[1], zone[0], Set.of(Role.ZONE_STAFF.id())) : handler;
            LocalDate start = plus(day, 1);
            if (delegated) {
                service.delegationAt(clock(start)).delegate(head, no, new DelegationOrder(zone[0],
                        "开发区制作并保存的信息，委托其答复", "县政府", null));
            }
            at(start).act(staff, no, Action.START_DRAFTING, null);
            LocalDate decided = plus(start, delegated ? 4 + r.nextInt(4) : 12 + r.nextInt(5));
            for (ApplicationDetail.Item item : at(decided).get(staff, no).items()) {
                at(decided).decide(staff, no, item.seq(), r.nextInt(100) < 70
                        ? new ItemDecision(Decision.DISCLOSED, null, "经查，现向您提供该信息。")
                        : new ItemDecision(Decision.ALREADY_PUBLIC, null, "该信息已在县政府门户网站主动公开。"), null);
            }
            at(decided).act(staff, no, Action.SUBMIT_FOR_REVIEW, null);
            LocalDate approved = plus(decided, 1 + r.nextInt(2));
            at(approved).act(delegated ? staff : reviewer, no, Action.APPROVE, new ActionInput("同意", null, null));
            LocalDate delivered = plus(approved, 1);
            at(delivered).act(delegated ? staff : registrar, no, Action.DELIVER,
                    delivery(at(approved).get(staff, no).receiveBy(), delivered, r));
            made++;
        }
        return made;
    }

    /** Delivery the way the applicant asked: a registered letter with its tracking number, or online (no date). */
    private static ActionInput delivery(ReceiveBy by, LocalDate day, Random r) {
        return new ActionInput(by == ReceiveBy.POST ? "挂号信寄出" : null, by == ReceiveBy.ONLINE ? null : day, null, null,
                null, by, by == ReceiveBy.POST ? "EA" + (100000000 + r.nextInt(899999999)) + "CN" : null);
    }

    /** A reconsideration (sometimes followed by a lawsuit) about the reply, decided or pending. */
    private void remedy(String no, LocalDate delivered, LocalDate today) {
        LocalDate filed = delivered.plusDays(20 + random.nextInt(30));
        if (filed.isAfter(today)) {
            return;
        }
        boolean lawsuit = random.nextInt(100) < 30;
        org.gongkai.disclosure.RemedyKind kind = lawsuit ? org.gongkai.disclosure.RemedyKind.LITIGATION_DIRECT
                : org.gongkai.disclosure.RemedyKind.RECONSIDERATION;
        LocalDate decidedOn = filed.plusDays(45 + random.nextInt(40));
        org.gongkai.disclosure.RemedyResult result = decidedOn.isAfter(today) ? org.gongkai.disclosure.RemedyResult.PENDING
                : random.nextInt(100) < 75 ? org.gongkai.disclosure.RemedyResult.MAINTAINED
                : random.nextBoolean() ? org.gongkai.disclosure.RemedyResult.CORRECTED
                : org.gongkai.disclosure.RemedyResult.OTHER;
        ApplicationDetail d = service.recordsAt(clock(filed)).addRemedy(head, no, new org.gongkai.disclosure.Remedy(0,
                kind, filed, lawsuit ? "灵川县人民法院" : "灵川县人民政府", (lawsuit ? "（" + filed.getYear() + "）桂0323行初"
                        : "灵政复〔" + filed.getYear() + "〕") + (1 + random.nextInt(60)) + "号",
                org.gongkai.disclosure.RemedyResult.PENDING, null, null));
        if (result != org.gongkai.disclosure.RemedyResult.PENDING) {
            long id = d.remedies().get(d.remedies().size() - 1).id();
            service.recordsAt(clock(decidedOn)).decideRemedy(head, no, id, result, decidedOn, null);
        }
    }

    private String catalogCode(String description) {
        var matches = service.catalog().match(description, 1);
        return matches.isEmpty() ? null : matches.get(0).entry().code();
    }

    private static Clock clock(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    private boolean step(LocalDate day, LocalDate today, String no, Actor actor, Action action, ActionInput input) {
        if (day.isAfter(today) || steps-- <= 0) {
            return false;
        }
        at(day).act(actor, no, action, input);
        return true;
    }

    private ItemDecision decision() {
        int r = random.nextInt(100);
        if (r < 45) {
            return new ItemDecision(Decision.DISCLOSED, null, "经查，现向您提供该信息。");
        } else if (r < 55) {
            return new ItemDecision(Decision.ALREADY_PUBLIC, null, "该信息已在县政府门户网站主动公开。");
        } else if (r < 65) {
            return new ItemDecision(Decision.PARTIALLY_DISCLOSED, Ground.THIRD_PARTY, "涉及个人隐私的部分已作区分处理。");
        } else if (r < 72) {
            return new ItemDecision(Decision.WITHHELD, Ground.PROCESS_INFORMATION, "该信息属于过程性信息。");
        } else if (r < 84) {
            return new ItemDecision(Decision.NOT_HELD, null, "经检索，本机关未制作或获取该信息。");
        } else if (r < 93) {
            return new ItemDecision(Decision.NOT_RESPONSIBLE, null, "该信息由灵川县自然资源局负责公开，联系电话 0773-0000000。");
        }
        return new ItemDecision(Decision.NEEDS_CREATION, null, "所需信息需另行加工分析，不予提供。");
    }

    private NewApplication application(LocalDate receipt) {
        boolean organisation = random.nextInt(100) < 20;
        String title = VILLAGES[random.nextInt(VILLAGES.length)] + TITLES[random.nextInt(random.nextInt(100) < 60 ? 6
                : TITLES.length)];
        List<NewApplication.NewItem> items = new ArrayList<>();
        items.add(new NewApplication.NewItem(title));
        if (random.nextBoolean()) {
            items.add(new NewApplication.NewItem(VILLAGES[random.nextInt(VILLAGES.length)] + TITLES[random.nextInt(6)]));
        }
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        LocalDate submitted = channel == Channel.REGISTERED_POST ? receipt.minusDays(2) : receipt;
        String agency = random.nextInt(100) < 60 ? "LC-GKB" : random.nextBoolean() ? "LC-ZRZYJ" : "LC-ZJJ";
        return new NewApplication("demo-" + receipt + "-" + random.nextInt(1_000_000), channel, submitted,
                channel == Channel.REGISTERED_POST ? receipt : null,
                channel == Channel.ORDINARY_POST || channel == Channel.FAX ? receipt : null,
                organisation ? ApplicantType.values()[1 + random.nextInt(5)] : ApplicantType.NATURAL_PERSON,
                organisation ? COMPANIES[random.nextInt(COMPANIES.length)] : NAMES[random.nextInt(NAMES.length)],
                organisation ? "SOCIAL_CREDIT_CODE" : "RESIDENT_ID", organisation ? creditCode() : residentId(),
                "139" + String.format("%08d", random.nextInt(100_000_000)), null, "广西桂林市灵川县", title, items,
                random.nextBoolean() ? RequiredForm.PAPER : RequiredForm.ELECTRONIC,
                ReceiveBy.values()[random.nextInt(4)], agency);
    }

    private String residentId() {
        return IdentityNumbers.completeResidentId("450323" + (1950 + random.nextInt(50))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000)));
    }

    private String creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("91450323");
        while (sb.length() < 17) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return IdentityNumbers.completeSocialCreditCode(sb.toString());
    }
}
