package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * 委托办理 end to end with the booted delegation feature: the government office hands a land application to a
 * development zone, the zone answers it on the government's behalf within the original clock, with the delegated
 * letter, and the case counts in the government's annual report; zone staff see nothing else.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DelegationIT extends GongkaiTestSupport {
    private static final String API = "/api/disclosure/applications";

    @Before
    public void ready() throws Exception {
        awaitReady();
        assertTrue(awaitStatus("/api/delegation/zones", 200, "head", 60));
        for (String zone : new String[] {"LC-DZ-BLJ", "LC-DZ-GTJ"}) {
            Reply set = http("PUT", "/api/delegation/zones/" + zone, "head", "application/json",
                    "{\"mode\":\"DELEGATED\",\"principal\":\"县政府\",\"reconsiderationOrgan\":\"桂林市人民政府\"}");
            assertEquals(set.body(), 200, set.status());
        }
    }

    private static String application(String key, String title, String item) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return "{\"requestKey\":\"" + key + "\",\"channel\":\"IN_PERSON\",\"submittedOn\":\"" + today
                + "\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"蒋文华\",\"idKind\":\"RESIDENT_ID\","
                + "\"idNumber\":\"" + DisclosureIT.residentId("45032319780303123") + "\",\"phone\":\"13900002222\","
                + "\"title\":\"" + title + "\",\"items\":[{\"description\":\"" + item + "\"}],\"form\":\"PAPER\","
                + "\"receiveBy\":\"POST\",\"agencyCode\":\"LC-GOV\"}";
    }

    private static int newReceived(String year, String agency) throws Exception {
        Reply r = get("/api/disclosure/report?year=" + year + "&agency=" + agency, "head");
        assertEquals(r.body(), 200, r.status());
        Matcher m = Pattern.compile("\"key\":\"NEW_RECEIVED\".*?\"values\":\\[(\\d+)").matcher(r.body());
        assertTrue(r.body(), m.find());
        return Integer.parseInt(m.group(1));
    }

    private static String register(String key, String title, String item) throws Exception {
        Reply created = postJson(API, "registrar", application(key, title, item));
        assertEquals(created.body(), 201, created.status());
        String no = field(created.body(), "number");
        assertEquals(200, postJson(API + "/" + no + "/actions/REGISTER", "registrar", "{}").status());
        return no;
    }

    @Test
    public void theZoneAnswersOnTheGovernmentsBehalfWithinTheOriginalClock() throws Exception {
        String year = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 4);
        int governmentBefore = newReceived(year, "LC-GOV");
        String no = register("it-deleg-1", "八里街开发区标准厂房用地出让合同", "八里街开发区标准厂房项目土地出让合同");
        String base = API + "/" + no;
        String due = field(get(base, "registrar").body(), "replyDue");

        // the government's own case is invisible to zone staff until it is delegated, and never leaked by id
        assertEquals(404, get(base, "zone").status());
        Reply suggestions = get("/api/delegation/cases/" + no + "/suggestions", "head");
        assertTrue(suggestions.body(), suggestions.body().contains("LC-DZ-BLJ"));
        assertEquals(403, postJson("/api/delegation/cases/" + no + "/delegate", "registrar",
                "{\"zoneCode\":\"LC-DZ-BLJ\",\"reason\":\"开发区自有信息\"}").status());
        assertEquals(400, postJson("/api/delegation/cases/" + no + "/delegate", "head",
                "{\"zoneCode\":\"NO-SUCH\",\"reason\":\"x\"}").status());
        Reply delegated = postJson("/api/delegation/cases/" + no + "/delegate", "head",
                "{\"zoneCode\":\"LC-DZ-BLJ\",\"reason\":\"开发区制作并保存的信息\"}");
        assertEquals(delegated.body(), 200, delegated.status());
        // delegation does not restart the clock
        assertEquals(due, field(delegated.body(), "replyDue"));

        // the zone works the case through the same workflow and the same clock
        Reply seen = get(base, "zone");
        assertEquals(seen.body(), 200, seen.status());
        assertEquals(due, field(seen.body(), "replyDue"));
        assertTrue(get(API + "?size=200", "zone").body().contains(no));
        assertEquals(200, postJson(base + "/actions/START_DRAFTING", "zone", "{}").status());
        assertEquals(200, http("PUT", base + "/items/1", "zone", "application/json",
                "{\"decision\":\"DISCLOSED\",\"replyText\":\"现提供土地出让合同复印件\"}").status());
        Reply submitted = postJson(base + "/actions/SUBMIT_FOR_REVIEW", "zone", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        // the office follows it on its board and sends a reminder, audited
        assertTrue(get("/api/delegation/board", "head").body().contains(no));
        assertEquals(201, postJson("/api/delegation/cases/" + no + "/reminders", "head",
                "{\"text\":\"请按期答复\"}").status());
        Reply approved = postJson(base + "/actions/APPROVE", "zone", "{\"comment\":\"同意\"}");
        assertEquals(approved.body(), 200, approved.status());
        assertEquals(200, postJson(base + "/actions/DELIVER", "zone", "{\"trackingNumber\":\"EA000000777CN\"}")
                .status());

        // the reply letter carries the delegation clause, the zone's signature and the government's remedy organ
        String detail = get(base, "zone").body();
        Matcher letter = Pattern.compile("\\{\"id\":(\\d+),\"kind\":\"REPLY\"").matcher(detail);
        assertTrue(detail, letter.find());
        String html = get(base + "/letters/" + letter.group(1) + "/html", "zone").body();
        assertTrue(html, html.contains("受县政府委托，现就有关事项答复如下"));
        assertTrue(html, html.contains("灵川八里街经济开发区管理委员会"));
        assertTrue(html, html.contains("桂林市人民政府"));

        // a reconsideration is recorded against the government, with the zone as the handling unit
        Reply remedy = postJson(base + "/remedies", "head", "{\"kind\":\"RECONSIDERATION\",\"filedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\",\"organ\":\"桂林市人民政府\"}");
        assertTrue(remedy.body(), remedy.status() / 100 == 2 && remedy.body().contains("\"result\":\"PENDING\""));

        // the case counts in the government's annual report, and in the delegation report of the zone
        assertEquals(governmentBefore + 1, newReceived(year, "LC-GOV"));
        Reply report = get("/api/delegation/report?from=" + year + "-01-01&to=" + year + "-12-31", "head");
        assertTrue(report.body(), report.status() == 200 && report.body().contains("LC-DZ-BLJ"));
        Reply audit = get("/api/audit?objectType=disclosure.application&objectId=" + no + "&size=100", "auditor");
        for (String a : new String[] {"DISCLOSURE_DELEGATED", "DELEGATION_REMINDED", "DISCLOSURE_APPROVE"}) {
            assertTrue(a + " in " + audit.body(), audit.body().contains(a));
        }
    }

    @Test
    public void zoneStaffSeeNeitherAnotherZonesCaseNorTheGovernmentsOwn() throws Exception {
        String other = register("it-deleg-2", "甘棠江园区企业入驻协议", "甘棠江园区招商引资协议");
        assertEquals(200, postJson("/api/delegation/cases/" + other + "/delegate", "head",
                "{\"zoneCode\":\"LC-DZ-GTJ\",\"reason\":\"园区自有信息\"}").status());
        String own = register("it-deleg-3", "县政府常务会议纪要", "2026年第3次常务会议纪要");
        for (String no : new String[] {other, own}) {
            assertEquals(404, get(API + "/" + no, "zone").status());
            assertEquals(404, postJson(API + "/" + no + "/actions/START_DRAFTING", "zone", "{}").status());
            assertFalse(get(API + "?size=200&q=" + no, "zone").body().contains(no));
            assertFalse(get("/api/delegation/board", "zone").body().contains(no));
        }
        // the office recalls the zone's case: it is the government's own again, and still gone from the zone
        Reply recalled = postJson("/api/delegation/cases/" + other + "/recall", "head", "{\"text\":\"由县政府自行办理\"}");
        assertEquals(recalled.body(), 200, recalled.status());
        assertFalse(recalled.body(), recalled.body().contains("\"handlingAgencyCode\":\"LC-DZ-GTJ\""));
    }
}
