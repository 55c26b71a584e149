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
 * In demo mode, once: applications of 2026 in every stage, many of them Xi'an-style land-expropriation requests,
 * replayed through the real service on the days they happened (so numbers, clocks and histories are consistent).
 * Needs the platform's demo county; does nothing on a real installation.
 */
@Component(immediate = true, service = {})
public class DisclosureDemoData {
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
            for (LocalDate day = LocalDate.of(today.getYear(), 1, 5); day.isBefore(today); day = day.plusDays(1)) {
                boolean recent = calendar.workingDaysBetween(day, today).days() < 25;
                if (calendar.describe(day).workingDay() && random.nextInt(100) < (recent ? 70 : 30)) {
                    replay(day, today);
                    made++;
                }
            }
            settings.put(SETTING, "loaded");
            LOG.info("Demo mode: {} disclosure applications loaded", made);
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
        if (scenario < 12) {
            LocalDate notice = plus(receipt, 2);
            if (!step(notice, today, no, registrar, Action.REQUEST_CORRECTION,
                    new ActionInput("请明确所需信息的名称或文号", null, notice.plusDays(15)))) {
                return;
            }
            if (scenario < 4) {
                step(notice.plusDays(16), today, no, registrar, Action.DEEM_ABANDONED,
                        new ActionInput("补正期限届满未补正，经核实无正当理由", null, null));
                step(notice.plusDays(18), today, no, registrar, Action.ARCHIVE, null);
                return;
            }
            t = plus(notice, 4);
            if (!step(t, today, no, registrar, Action.RECEIVE_CORRECTION, new ActionInput(null, t, null))) {
                return;
            }
        } else if (scenario < 16) {
            step(plus(receipt, 3), today, no, registrar, Action.WITHDRAW, new ActionInput("申请人书面撤回申请", null, null));
            return;
        }
        LocalDate drafting = plus(t, 2);
        if (!step(drafting, today, no, handler, Action.START_DRAFTING, null)) {
            return;
        }
        if (scenario >= 16 && scenario < 22) {
            return; // left in drafting: overdue if old enough
        }
        LocalDate decided = plus(drafting, 3);
        if (decided.isAfter(today)) {
            return;
        }
        for (ApplicationDetail.Item item : at(decided).get(handler, no).items()) {
            at(decided).decide(handler, no, item.seq(), decision());
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
        if (!step(delivered, today, no, registrar, Action.DELIVER, new ActionInput("挂号信寄出", delivered, null))) {
            return;
        }
        step(plus(delivered, 5), today, no, registrar, Action.ARCHIVE, null);
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
        String agency = random.nextInt(100) < 75 ? "LC-GKB" : random.nextBoolean() ? "LC-ZRZYJ" : "LC-ZJJ";
        return new NewApplication("demo-" + receipt + "-" + random.nextInt(1_000_000), channel, submitted,
                channel == Channel.REGISTERED_POST ? receipt : null,
                channel == Channel.ORDINARY_POST || channel == Channel.FAX ? receipt : null,
                organisation ? ApplicantType.values()[1 + random.nextInt(5)] : ApplicantType.NATURAL_PERSON,
                organisation ? COMPANIES[random.nextInt(COMPANIES.length)] : NAMES[random.nextInt(NAMES.length)],
                organisation ? "SOCIAL_CREDIT_CODE" : "RESIDENT_ID", organisation ? creditCode() : residentId(),
                "139" + String.format("%08d", random.nextInt(100_000_000)), null, "广西桂林市灵川县", title, items,
                random.nextBoolean() ? RequiredForm.PAPER : RequiredForm.ELECTRONIC,
                ReceiveBy.values()[random.nextInt(3)], agency);
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
