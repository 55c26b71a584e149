package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.broadcast.BroadcastService;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.DraftInput;
import org.gongkai.broadcast.EmergencyInput;
import org.gongkai.broadcast.PlaySchedule;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.platform.DemoDataReady;
import org.gongkai.platform.DemoMode;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Settings;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, once, when the demo driver is installed: binds a simulated speaker to each of the demo county's 1,236
 * hamlets and a platform to each of its 12 townships, and puts broadcasts in every state through the real service
 * (drafts, a returned item, the review queue, approved, released, cancelled, an emergency drill released and an
 * emergency waiting for the officer's approval). Does nothing on a real installation.
 */
@Component(immediate = true, service = {})
public class BroadcastDemoData {
    static final String SETTING = "demo.broadcast";
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastDemoData.class);
    private static final String COUNTY = "450323";
    private static final String DAXU = "450323101";

    private final Actor editor = new Actor("editor", "LC-T-101", Set.of(Role.BROADCAST_EDITOR.id()));
    private final Actor approver = new Actor("approver", "LC-GKB", Set.of(Role.BROADCAST_REVIEWER.id()));
    private final Actor officer = new Actor("officer", "LC-YJGLJ", Set.of(Role.EMERGENCY_OFFICER.id()));
    private final Actor weather = new Actor("qxj-duty", "LC-QXJ", Set.of(Role.EMERGENCY_OFFICER.id()));

    @Activate
    public BroadcastDemoData(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=broadcast)") SchemaReady schema,
            @Reference BroadcastService service, @Reference RegionService regions,
            @Reference(target = "(gongkai.broadcast.driver=demo)") BroadcastDriver demoDriver,
            @Reference(target = "(" + DemoDataReady.PROPERTY + "=platform)") DemoDataReady demoCounty) {
        Settings settings = new Settings(new Jdbc(dataSource));
        if (!DemoMode.enabled() || settings.get("demo.platform").isEmpty() || settings.get(SETTING).isPresent()
                || regions.region(COUNTY).isEmpty()) {
            return;
        }
        try {
            if (!driverInUse(service)) {
                LOG.warn("Demo mode: the demo speaker driver is not in use by the broadcast core; no broadcast demo data");
                return;
            }
            int terminals = bindTerminals(service, regions);
            service.refreshStatus(Actor.SYSTEM, COUNTY);
            broadcasts(service);
            settings.put(SETTING, "loaded");
            LOG.info("Demo mode: {} loudspeaker terminals bound to the demo driver, demo broadcasts loaded", terminals);
        } catch (RuntimeException e) {
            LOG.error("Demo mode: broadcast demo data stopped", e);
        }
    }

    /** The core binds drivers on its own; wait briefly until it has this one. */
    private static boolean driverInUse(BroadcastService service) {
        for (int i = 0; i < 100; i++) {
            if (service.drivers(Actor.SYSTEM).stream().anyMatch(d -> d.present() && d.id().equals("demo"))) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static int bindTerminals(BroadcastService service, RegionService regions) {
        StringBuilder csv = new StringBuilder("id,name,region_code,driver_id,settings\n");
        int n = 0;
        for (Region township : regions.children(COUNTY)) {
            csv.append("P-").append(township.code()).append(',').append(township.name()).append("广播平台,")
                    .append(township.code()).append(",demo,model=IP-60W\n");
            n++;
            for (Region village : regions.children(township.code())) {
                for (Region hamlet : regions.children(village.code())) {
                    if (hamlet.level() == RegionLevel.HAMLET) {
                        csv.append("T-").append(hamlet.code()).append(',').append(hamlet.name().replace(",", " "))
                                .append("喇叭,").append(hamlet.code()).append(",demo,serial=SN").append(hamlet.code())
                                .append('\n');
                        n++;
                    }
                }
            }
        }
        service.importTerminals(Actor.SYSTEM, csv.toString());
        return n;
    }

    /** An item of the editor's, approved and released for one daily slot. */
    private void scheduled(BroadcastService service, String title, String category, String script, List<Target> targets,
            LocalDate date, DailySlot slot) {
        String id = id(service.createDraft(editor, new DraftInput(title, category, script, script, null, null, targets,
                new PlaySchedule(date, slot))));
        service.submit(editor, id);
        service.approve(approver, id, null);
        service.release(approver, id);
    }

    private void broadcasts(BroadcastService service) {
        List<Target> daxu = List.of(Target.region(DAXU));
        // a draft, and an item the reviewer returned
        service.createDraft(editor, draft("秋季森林防火宣传", "政策宣传", "秋冬季节天干物燥，进山严禁携带火种，严禁野外用火。", daxu));
        String returned = id(service.createDraft(editor, draft("农村医保缴费提醒", "通知公告",
                "2027年度城乡居民医保缴费已开始，请各户按时缴纳。", daxu)));
        service.submit(editor, returned);
        service.reject(approver, returned, "请写明缴费截止日期和缴费方式");
        // in the review queue
        service.submit(editor, id(service.createDraft(editor, draft("村民代表大会通知", "通知公告",
                "定于本周五上午九点在镇政府三楼会议室召开村民代表大会，请各村代表准时参加。", daxu))));
        // approved, waiting for release
        String approved = id(service.createDraft(editor, draft("水稻病虫害防治", "农业生产",
                "近期稻飞虱发生较重，请农户及时喷药防治，注意用药安全。", daxu)));
        service.submit(editor, approved);
        service.approve(approver, approved, "同意");
        // released to the whole township (about a hundred hamlets) and delivered by the demo driver
        String released = id(service.createDraft(editor, draft("防汛安全提醒", "防汛防灾",
                "汛期来临，请村民不要到河边游泳、捕鱼，发现险情及时报告村委会。", daxu)));
        service.submit(editor, released);
        service.approve(approver, released, null);
        service.release(approver, released);
        // released for daily slots: they wait on the schedule board (节目单) until 大圩镇's slot times
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (java.time.LocalTime.now(ZoneId.of("Asia/Shanghai")).isBefore(java.time.LocalTime.of(18, 30))) {
            scheduled(service, "今晚天气与出行提示", "通知公告",
                    "今晚到明天阴有小雨，气温下降，夜间出行请注意交通安全，老人小孩注意保暖。", daxu, today, DailySlot.EVENING);
        }
        scheduled(service, "秋收农机安全提示", "农业生产",
                "秋收时节农机作业繁忙，请机手遵守操作规程，农机不得载人，夜间作业注意照明。", daxu, today.plusDays(1),
                DailySlot.MORNING);
        scheduled(service, "冬季用电用火安全", "政策宣传",
                "天气转冷，取暖用电用火增多，请不要私拉乱接电线，离家前关闭电源，炉火旁不堆放柴草。", daxu, today.plusDays(1),
                DailySlot.MORNING);
        scheduled(service, "农村养老保险缴费提醒", "通知公告",
                "2027年度城乡居民养老保险开始缴费，可到村委会或通过手机缴纳，多缴多得。", daxu, today.plusDays(1),
                DailySlot.EVENING);
        // released, then withdrawn
        String cancelled = id(service.createDraft(editor, draft("停电通知", "通知公告",
                "因线路检修，明日上午八点至十二点大圩镇部分村屯停电。", List.of(Target.region(DAXU + "201")))));
        service.submit(editor, cancelled);
        service.approve(approver, cancelled, null);
        service.release(approver, cancelled);
        service.cancel(approver, cancelled, "检修改期，另行通知");
        // an emergency drill issued by the weather bureau, approved by the emergency bureau: released at once
        Instant now = Instant.now();
        String drill = id(service.issueEmergency(weather, new EmergencyInput("暴雨橙色预警（演练）",
                "预计未来三小时九屋镇有大暴雨，请沿河和低洼地带群众做好转移准备。", null, 2, "暴雨",
                List.of(Target.region("450323105")), now, now.plus(Duration.ofHours(2)), true)));
        service.approve(officer, drill, "同意发布");
        // an emergency waiting for the demo officer's approval
        service.issueEmergency(weather, new EmergencyInput("山洪灾害蓝色预警", "受持续降雨影响，青狮潭镇山洪风险较高，请注意防范。",
                null, 4, "山洪", List.of(Target.region("450323107")), now, now.plus(Duration.ofHours(12)), true));
    }

    private static DraftInput draft(String title, String category, String script, List<Target> targets) {
        return new DraftInput(title, category, script, script, null, null, targets);
    }

    private static String id(org.gongkai.broadcast.BroadcastView v) {
        return v.broadcast().id();
    }
}
