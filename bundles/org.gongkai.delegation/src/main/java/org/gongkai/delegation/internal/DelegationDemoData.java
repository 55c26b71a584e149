package org.gongkai.delegation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.DelegationService;
import org.gongkai.delegation.Suggestion;
import org.gongkai.delegation.ZoneMode;
import org.gongkai.delegation.ZoneSetting;
import org.gongkai.delegation.internal.DelegationDemoPlan.Outcome;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ActionInput;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.DemoDataReady;
import org.gongkai.platform.DemoMode;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Settings;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, once: sets the two demo zones to delegation (principal 县政府, the configured reconsideration organ),
 * adds their rules and puts delegated cases in every stage on the board ({@link DelegationDemoPlan}), all through the
 * real services, so rules, scope, clocks, letters and the audit trail apply. The cases are registered by the openness
 * office with receipt dates on past working days, delegated by the office head (confirming the suggestion, or
 * forwarding by hand) and worked by the zones' staff (demo accounts {@code zone} and {@code zone2}); the steps
 * themselves are dated at the first start, since the services act on today. Runs after disclosure's demo data, so
 * the government's own cases, which the report compares with, are in place. Does nothing on a real installation.
 */
@Component(immediate = true, service = {})
public class DelegationDemoData {
    static final String SETTING = "demo.delegation";
    private static final Logger LOG = LoggerFactory.getLogger(DelegationDemoData.class);
    private static final String OFFICE = "LC-GKB";
    private static final String[] NAMES = {"韦建华", "秦小燕", "蒋志强", "唐丽娟", "莫海波", "廖文军", "粟春梅", "文国庆"};

    private final Actor registrar = new Actor("registrar", OFFICE, Set.of(Role.REGISTRAR.id()));
    private final Actor head = new Actor("head", OFFICE, Set.of(Role.OFFICE_HEAD.id()));
    private final DelegationService delegation;
    private final DisclosureService disclosure;

    @Activate
    public DelegationDemoData(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=delegation)") SchemaReady schema,
            @Reference DelegationService delegation, @Reference DisclosureService disclosure,
            @Reference WorkingDayCalendar calendar, @Reference RegionService regions,
            @Reference(target = "(" + DemoDataReady.PROPERTY + "=platform)") DemoDataReady demoCounty,
            @Reference(target = "(" + DemoDataReady.PROPERTY + "=disclosure)") DemoDataReady demoCases) {
        this.delegation = delegation;
        this.disclosure = disclosure;
        Settings settings = new Settings(new Jdbc(dataSource));
        if (!DemoMode.enabled() || settings.get("demo.platform").isEmpty() || settings.get(SETTING).isPresent()
                || DelegationDemoPlan.ZONES.stream().anyMatch(z -> regions.agency(z).isEmpty())) {
            return;
        }
        // marked before the first change: a start interrupted half-way never replays the cases a second time
        settings.put(SETTING, "loading");
        int made = 0;
        try {
            zones();
            LocalDate today = calendar.today();
            for (DelegationDemoPlan.Case c : DelegationDemoPlan.CASES) {
                replay(c, DelegationDemoPlan.workingDaysBefore(calendar, today, c.receivedWorkingDaysAgo()), made);
                made++;
            }
            settings.put(SETTING, "loaded");
            LOG.info("Demo mode: delegation to {} set up, {} delegated cases loaded", DelegationDemoPlan.ZONES, made);
        } catch (RuntimeException e) {
            LOG.error("Demo mode: delegation demo data stopped after {} cases", made, e);
        }
    }

    private void zones() {
        for (String zone : DelegationDemoPlan.ZONES) {
            delegation.saveZone(head, new ZoneSetting(zone, null, ZoneMode.DELEGATED, DelegationDemoPlan.PRINCIPAL, null));
        }
        for (DelegationDemoPlan.Rule r : DelegationDemoPlan.RULES) {
            try {
                delegation.addRule(head, new DelegationRule(0, r.zoneCode(), r.kind(), r.value()));
            } catch (ConflictException e) {
                LOG.debug("Demo mode: rule {} exists already", r);
            }
        }
    }

    /** One case: registered by the office, delegated, then taken by the zone's staff as far as the plan says. */
    private void replay(DelegationDemoPlan.Case c, LocalDate receipt, int seq) {
        ApplicationDetail d = disclosure.register(registrar, application(c, receipt, seq));
        String no = d.number();
        disclosure.act(registrar, no, Action.REGISTER, null);
        delegation.delegate(head, no, c.zoneCode(), reason(c, no));
        Actor zone = zoneStaff(c.zoneCode());
        switch (c.outcome()) {
            case DELEGATED -> { }
            case RECALLED -> delegation.recall(head, no, "该申请涉及县直多个部门的信息，收回由政务公开办统筹答复");
            case DRAFTING, OVERDUE -> disclosure.act(zone, no, Action.START_DRAFTING, null);
            case REVIEW, REPLIED, DELIVERED -> {
                disclosure.act(zone, no, Action.START_DRAFTING, null);
                for (ApplicationDetail.Item item : disclosure.get(zone, no).items()) {
                    disclosure.decide(zone, no, item.seq(), item.seq() % 2 == 1
                            ? new ItemDecision(Decision.DISCLOSED, null, "经查，现向您提供该信息（见附件）。")
                            : new ItemDecision(Decision.ALREADY_PUBLIC, null,
                                    "该信息已在灵川县人民政府门户网站“开发区”栏目主动公开，可自行查阅下载。"));
                }
                disclosure.act(zone, no, Action.SUBMIT_FOR_REVIEW, null);
                if (c.outcome() != Outcome.REVIEW) {
                    // the zone's reviewer approves: the reply letter is issued, 受县政府委托
                    disclosure.act(zone, no, Action.APPROVE, new ActionInput("同意", null, null));
                }
                if (c.outcome() == Outcome.DELIVERED) {
                    disclosure.act(zone, no, Action.DELIVER, new ActionInput("挂号信寄出", null, null, null, null,
                            ReceiveBy.POST, "EA" + (202600100 + seq) + "CN"));
                }
            }
            default -> throw new IllegalStateException("unplanned outcome " + c.outcome());
        }
        for (int i = 1; i <= c.reminders(); i++) {
            delegation.remind(head, no, i == 1 ? "请抓紧办理，按期答复" : "第" + i + "次催办：请于本周内报送答复意见");
        }
    }

    /** The suggestion's reasons when the rules point to the planned zone; the office's own note otherwise (转办). */
    private String reason(DelegationDemoPlan.Case c, String number) {
        if (c.handReason() != null) {
            return "转办：" + c.handReason();
        }
        List<Suggestion> suggestions = delegation.suggest(head, number);
        if (!suggestions.isEmpty() && suggestions.get(0).zoneCode().equals(c.zoneCode())) {
            return "按委托规则建议：" + String.join("；", suggestions.get(0).reasons());
        }
        LOG.warn("Demo mode: the rules do not suggest {} for {}; forwarded by hand", c.zoneCode(), number);
        return "转办：属开发区管理事项";
    }

    private static Actor zoneStaff(String zoneCode) {
        return new Actor(zoneCode.equals(DelegationDemoPlan.BLJ) ? "zone" : "zone2", zoneCode,
                Set.of(Role.ZONE_STAFF.id()));
    }

    private static NewApplication application(DelegationDemoPlan.Case c, LocalDate receipt, int seq) {
        String name = NAMES[seq % NAMES.length];
        String id = IdentityNumbers.completeResidentId("450323" + (1965 + seq) + String.format("%02d%02d", 1 + seq % 12,
                10 + seq) + String.format("%03d", 100 + seq));
        return new NewApplication("demo-delegation-" + seq, Channel.IN_PERSON, receipt, null, null,
                ApplicantType.NATURAL_PERSON, name, "RESIDENT_ID", id, "1397730" + String.format("%04d", 1000 + seq),
                null, "广西桂林市灵川县灵川镇八里二路" + (10 + seq) + "号", c.title(),
                c.items().stream().map(NewApplication.NewItem::new).toList(), RequiredForm.PAPER, ReceiveBy.POST,
                OFFICE);
    }
}
