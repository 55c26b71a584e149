package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** A disclosure application taken through its lifecycle over REST, with scope, masking and bad input. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DisclosureIT extends GongkaiTestSupport {
    private static final String API = "/api/disclosure/applications";

    @Before
    public void ready() throws Exception {
        awaitReady();
    }

    static String residentId(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String application(String key, String name, String idNumber, String title) {
        return "{\"requestKey\":\"" + key + "\",\"channel\":\"REGISTERED_POST\",\"submittedOn\":\"2026-03-01\","
                + "\"signedForOn\":\"2026-03-02\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"" + name + "\","
                + "\"idKind\":\"RESIDENT_ID\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13812345678\","
                + "\"title\":\"" + title + "\",\"items\":[{\"description\":\"某村征收土地公告\"},"
                + "{\"description\":\"征地补偿安置方案公告\"}],\"form\":\"PAPER\",\"receiveBy\":\"POST\","
                + "\"agencyCode\":\"LC-GKB\"}";
    }

    private static String number(Reply r) {
        return r.body().replaceAll("(?s).*?\"number\":\"(YS\\d{11,})\".*", "$1");
    }

    @Test
    public void anApplicationGoesFromReceiptToArchiveWithTheStatutoryClock() throws Exception {
        String id = residentId("45032319850612123");
        Reply created = postJson(API, "registrar", application("it-life-1", "魏明", id, "征地补偿安置方案"));
        assertEquals(created.body(), 201, created.status());
        String no = number(created);
        assertTrue(no, no.matches("YS\\d{8}\\d{3,}"));
        // registered post counts from the day the agency signed for it: Mon 2026-03-02 + 20 working days = 3-30
        assertTrue(created.body(), created.body().contains("\"receiptDate\":\"2026-03-02\"")
                && created.body().contains("\"replyDue\":\"2026-03-30\""));
        // a double-clicked submit with the same request key gives the same application, not a second one
        assertEquals(no, number(postJson(API, "registrar", application("it-life-1", "魏明", id, "征地补偿安置方案"))));

        String base = API + "/" + no;
        assertEquals(200, postJson(base + "/actions/REGISTER", "registrar", "{}").status());
        assertEquals(403, postJson(base + "/actions/START_DRAFTING", "registrar", "{}").status());
        assertEquals(200, postJson(base + "/actions/START_DRAFTING", "handler", "{}").status());
        assertEquals(409, postJson(base + "/actions/SUBMIT_FOR_REVIEW", "handler", "{}").status());
        assertEquals(200, http("PUT", base + "/items/1", "handler", "application/json",
                "{\"decision\":\"DISCLOSED\",\"replyText\":\"现提供复印件\"}").status());
        assertEquals(400, http("PUT", base + "/items/2", "handler", "application/json", "{\"decision\":\"WITHHELD\"}").status());
        assertEquals(200, http("PUT", base + "/items/2", "handler", "application/json",
                "{\"decision\":\"WITHHELD\",\"ground\":\"PROCESS_INFORMATION\"}").status());
        assertEquals(200, postJson(base + "/actions/SUBMIT_FOR_REVIEW", "handler", "{}").status());
        assertEquals(200, postJson(base + "/actions/RETURN", "reviewer", "{\"comment\":\"请补充依据\"}").status());
        assertEquals(200, postJson(base + "/actions/SUBMIT_FOR_REVIEW", "handler", "{}").status());
        assertEquals(200, postJson(base + "/actions/APPROVE", "reviewer", "{\"comment\":\"同意\"}").status());
        assertEquals(200, postJson(base + "/actions/DELIVER", "registrar", "{\"date\":\"2026-03-20\"}").status());
        Reply archived = postJson(base + "/actions/ARCHIVE", "registrar", "{}");
        assertTrue(archived.body(), archived.body().contains("\"stage\":\"ARCHIVED\""));
        assertEquals(409, postJson(base + "/actions/WITHDRAW", "registrar", "{}").status());

        Reply full = get(base, "registrar");
        assertTrue(full.body().contains(id) && full.body().contains("请补充依据"));
        Reply audit = get("/api/audit?objectType=disclosure.application&objectId=" + no, "auditor");
        for (String action : new String[] {"DISCLOSURE_RECEIVED", "DISCLOSURE_REGISTER", "DISCLOSURE_APPROVE",
                "DISCLOSURE_ARCHIVE", "PERSONAL_DATA_VIEWED"}) {
            assertTrue(action, audit.body().contains(action));
        }
    }

    @Test
    public void listsMaskPersonalDataAndZoneStaffSeeNoGovernmentCase() throws Exception {
        Reply created = postJson(API, "registrar", application("it-scope-1", "欧阳娜娜",
                residentId("45032319900101456"), "建设用地规划许可证"));
        String no = number(created);
        Reply list = get(API + "?q=" + no, "registrar");
        assertTrue(list.body(), list.body().contains("\"applicantName\":\"欧***\"") && !list.body().contains("欧阳娜娜"));
        assertEquals(404, get(API + "/" + no, "zone").status());
        assertFalse(get(API + "?size=200", "zone").body().contains(no));
        assertEquals(404, postJson(API + "/" + no + "/actions/WITHDRAW", "zone", "{}").status());
    }

    @Test
    public void badApplicationsAreRejectedWithFieldMessagesAndNothingIsWritten() throws Exception {
        long before = total();
        Reply wrongCheck = postJson(API, "registrar", application("it-bad-1", "张三", "450323198506121230", "标题"));
        assertEquals(400, wrongCheck.status());
        assertTrue(wrongCheck.body().contains("\"field\":\"idNumber\""));
        Reply script = postJson(API, "registrar", application("it-bad-2", "张三", residentId("45032319850612123"),
                "<script>alert(1)</script>"));
        assertEquals(400, script.status());
        assertTrue(script.body().contains("\"field\":\"title\""));
        String huge = "{\"requestKey\":\"it-bad-3\",\"title\":\"" + "长".repeat(400_000) + "\"}";
        assertEquals(400, postJson(API, "registrar", huge).status());
        assertEquals(before, total());
        Reply traditional = postJson(API, "registrar", application("it-ok-emoji", "陳大文", residentId("45032319850612123"),
                "申請公開徵地資料😀"));
        assertEquals(traditional.body(), 201, traditional.status());
        assertEquals(before + 1, total());
    }

    @Test
    public void theDailyJobFlagsTheDemoCasesThatPassedTheirReplyDate() throws Exception {
        String overdue = get(API + "?overdue=true&size=200", "registrar").body();
        assertTrue("demo data has overdue cases: " + overdue, overdue.contains("\"level\":\"OVERDUE\""));
        String number = overdue.replaceAll("(?s).*?\"number\":\"(YS\\d+)\".*", "$1");
        for (int i = 0; i < 60; i++) {
            if (get(API + "/" + number, "registrar").body().contains("\"action\":\"OVERDUE\"")) {
                assertTrue(get("/api/audit?action=DISCLOSURE_OVERDUE&objectId=" + number, "auditor").body()
                        .contains(number));
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the overdue job did not flag " + number);
    }

    private static long total() throws Exception {
        return Long.parseLong(get(API + "?size=1", "admin").body().replaceAll(".*\"total\":(\\d+).*", "$1"));
    }
}
