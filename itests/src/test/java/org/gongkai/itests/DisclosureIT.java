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
        awaitDemoCases();
    }

    /** The demo cases are replayed at start-up; tests begin once their number stops growing. */
    static void awaitDemoCases() throws Exception {
        long last = -1;
        int stable = 0;
        for (int i = 0; i < 240 && stable < 4; i++) {
            Reply r = get(API + "?size=1", "admin");
            long now = r.status() == 200 ? Long.parseLong(r.body().replaceAll(".*\"total\":(\\d+).*", "$1")) : -1;
            stable = now > 0 && now == last ? stable + 1 : 0;
            last = now;
            Thread.sleep(1000);
        }
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
        // the reply was made today: a delivery dated before it is refused, a delivery today is taken
        assertEquals(400, postJson(base + "/actions/DELIVER", "registrar", "{\"date\":\"2026-03-20\"}").status());
        assertEquals(200, postJson(base + "/actions/DELIVER", "registrar", "{\"trackingNumber\":\"EA123456789CN\"}")
                .status());
        Reply archived = postJson(base + "/actions/ARCHIVE", "registrar", "{}");
        assertTrue(archived.body(), archived.body().contains("\"stage\":\"ARCHIVED\""));
        assertEquals(409, postJson(base + "/actions/WITHDRAW", "registrar", "{}").status());
        // the archived case file: the record and every letter as HTML and PDF
        byte[] zip = bytes(base + "/case-file", "registrar");
        java.util.Set<String> entries = new java.util.HashSet<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip),
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.toString(), entries.contains(no + "/00-record.json")
                && entries.stream().anyMatch(e -> e.endsWith("答复告知书-ISSUED.pdf")));

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

    private static String letterId(String detail, String kind) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"kind\":\"" + kind + "\"")
                .matcher(detail);
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        return id;
    }

    @Test
    public void correctionFeeExtensionCatalogLettersAndRemedies() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        String app = "{\"requestKey\":\"it-paths-1\",\"channel\":\"IN_PERSON\",\"submittedOn\":\"" + today
                + "\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"applicantName\":\"黄小明\",\"idKind\":\"RESIDENT_ID\",\"idNumber\":\"" + residentId("45032319800101333")
                + "\",\"phone\":\"13900001111\",\"title\":\"征地文件\",\"items\":[{\"description\":\"關於灵田镇征收土地公告\"},"
                + "{\"description\":\"征地补偿款发放明细\"}],\"form\":\"PAPER\",\"receiveBy\":\"POST\",\"agencyCode\":\"LC-GKB\"}";
        String no = number(postJson(API, "registrar", app));
        String base = API + "/" + no;
        assertEquals(200, postJson(base + "/actions/REGISTER", "registrar", "{}").status());
        // Art. 30: one correction notice, with its letter; the applicant's good reason can only be recorded after the period
        Reply corr = postJson(base + "/actions/REQUEST_CORRECTION", "registrar",
                "{\"comment\":\"请写明村名\",\"correctionDeadline\":\"" + tomorrow + "\"}");
        assertEquals(corr.body(), 200, corr.status());
        assertTrue(corr.body().contains("\"kind\":\"CORRECTION\",\"kindZh\":\"补正告知书\",\"status\":\"ISSUED\""));
        assertEquals(409, postJson(base + "/actions/GOOD_REASON", "registrar",
                "{\"comment\":\"住院\",\"correctionDeadline\":\"" + tomorrow + "\"}").status());
        assertEquals(409, postJson(base + "/actions/DEEM_ABANDONED", "registrar", "{\"comment\":\"无理由\"}").status());
        assertEquals(200, postJson(base + "/actions/RECEIVE_CORRECTION", "registrar", "{}").status());
        assertEquals(200, postJson(base + "/actions/START_DRAFTING", "handler", "{}").status());
        // fee by pages: 150 pages = 70 × 10 + 50 × 20 = 1700 元; the clock pauses until payment
        Reply fee = postJson(base + "/fee", "handler", "{\"method\":\"PER_PAGE\",\"pages\":150}");
        assertEquals(fee.body(), 200, fee.status());
        assertTrue(fee.body(), fee.body().contains("\"amountYuan\":1700") && fee.body().contains("\"level\":\"PAUSED\"")
                && fee.body().contains("\"kind\":\"FEE\""));
        assertEquals(409, postJson(base + "/fee", "handler", "{\"method\":\"PER_APPLICATION\"}").status());
        Reply paid = postJson(base + "/fee/payment", "registrar", "{\"receiptNumber\":\"FS-0001\"}");
        assertTrue(paid.body(), paid.body().contains("\"paidOn\":\"" + today + "\"") && !paid.body().contains("\"level\":\"PAUSED\""));
        // Art. 33 extension by the office head, with its notice
        assertEquals(403, postJson(base + "/extension", "handler", "{\"days\":10,\"reason\":\"需调取档案\"}").status());
        Reply ext = postJson(base + "/extension", "head", "{\"days\":10,\"reason\":\"需调取档案\"}");
        assertTrue(ext.body(), ext.body().contains("\"kind\":\"EXTENSION\""));
        // the catalog recognises a traditional-character wording of the land-expropriation notice
        Reply sugg = get(base + "/suggestions", "handler");
        assertTrue(sugg.body(), sugg.body().contains("\"code\":\"LAND-01\""));
        assertEquals(200, postJson(base + "/items/1/catalog", "handler", "{\"code\":\"LAND-01\"}").status());
        assertEquals(200, http("PUT", base + "/items/2", "handler", "application/json",
                "{\"decision\":\"PARTIALLY_DISCLOSED\",\"ground\":\"THIRD_PARTY\"}").status());
        Reply submitted = postJson(base + "/actions/SUBMIT_FOR_REVIEW", "handler", "{}");
        String draft = letterId(submitted.body(), "REPLY");
        assertTrue(submitted.body(), draft != null && submitted.body().contains("\"proposedReportRow\":\"PARTIALLY_GRANTED\""));
        Reply edited = http("PUT", base + "/letters/" + draft, "reviewer", "application/json",
                "{\"title\":\"政府信息公开申请答复告知书\",\"addressee\":\"黄小明：\",\"paragraphs\":[\"经审核修改的第一段。\","
                        + "\"第二段。\"]}");
        assertEquals(edited.body(), 200, edited.status());
        Reply approved = postJson(base + "/actions/APPROVE", "reviewer", "{\"reportRow\":\"PARTIALLY_GRANTED\"}");
        assertTrue(approved.body(), approved.body().contains("\"reportRow\":\"PARTIALLY_GRANTED\"")
                && approved.body().contains("\"closedOn\":\"" + today + "\""));
        assertEquals(409, http("PUT", base + "/letters/" + draft, "reviewer", "application/json",
                "{\"title\":\"x\",\"paragraphs\":[\"y\"]}").status());
        // online delivery only where the applicant chose it
        assertEquals(400, postJson(base + "/actions/DELIVER", "registrar", "{\"deliveryMethod\":\"ONLINE\"}").status());
        assertEquals(200, postJson(base + "/actions/DELIVER", "registrar", "{\"deliveryMethod\":\"POST\","
                + "\"trackingNumber\":\"EA000000001CN\"}").status());
        // the issued reply prints as HTML and as a PDF whose text comes back, with the edit and a document number
        assertTrue(get(base + "/letters/" + draft + "/html", "registrar").body().contains("经审核修改的第一段。"));
        byte[] pdf = bytes(base + "/letters/" + draft + "/pdf", "registrar");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text, text.contains("政府信息公开申请答复告知书") && text.contains("经审核修改的第一段。")
                    && text.contains("依申请公开〔") && text.contains("灵川县人民政府办公室政务公开办".substring(0, 2)));
        }
        // a reconsideration is recorded and counted as pending in table 四
        Reply remedy = postJson(base + "/remedies", "head", "{\"kind\":\"RECONSIDERATION\",\"filedOn\":\"" + today
                + "\",\"organ\":\"灵川县人民政府\"}");
        assertTrue(remedy.body(), remedy.body().contains("\"result\":\"PENDING\""));
        Reply report = get("/api/disclosure/report?year=" + today.substring(0, 4) + "&agency=LC-GKB", "head");
        assertTrue(report.body(), report.body().contains("\"violations\":[]"));
        assertTrue(report.body(), !report.body().contains("\"remedies\":[0,0,0,0,0,"));
        // the case history and the audit trail have every step
        Reply audit = get("/api/audit?objectType=disclosure.application&objectId=" + no + "&size=100", "auditor");
        for (String a : new String[] {"DISCLOSURE_REQUEST_CORRECTION", "DISCLOSURE_FEE_NOTICE", "DISCLOSURE_FEE_PAID",
                "DISCLOSURE_EXTEND", "DISCLOSURE_LETTER_EDITED", "DISCLOSURE_APPROVE", "DISCLOSURE_REMEDY"}) {
            assertTrue(a, audit.body().contains(a));
        }
    }

    @Test
    public void thePublicAppliesOnlineAndTracksWithTheQueryCode() throws Exception {
        String app = "{\"requestKey\":\"it-portal-1\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"周平\","
                + "\"idKind\":\"RESIDENT_ID\",\"idNumber\":\"" + residentId("45032319750505777") + "\",\"phone\":\"13700000000\","
                + "\"title\":\"征地补偿\",\"items\":[{\"description\":\"征地补偿安置方案\"}],\"form\":\"ELECTRONIC\","
                + "\"receiveBy\":\"ONLINE\",\"agencyCode\":\"LC-ZRZYJ\"}";
        Reply r = postJson("/api/public/disclosure/applications", null, app);
        assertEquals(r.body(), 201, r.status());
        String no = field(r.body(), "number");
        String code = field(r.body(), "queryCode");
        assertTrue(r.body(), code != null && code.matches("[A-Z2-9]{8}"));
        Reply again = postJson("/api/public/disclosure/applications", null, app);
        assertEquals(no, field(again.body(), "number"));
        assertTrue(again.body().contains("\"repeated\":true"));
        Reply track = postJson("/api/public/disclosure/track", null, "{\"number\":\"" + no + "\",\"code\":\"" + code + "\"}");
        assertTrue(track.body(), track.status() == 200 && track.body().contains("\"stageZh\":\"接收\"")
                && !track.body().contains("13700000000"));
        assertEquals(404, postJson("/api/public/disclosure/track", null, "{\"number\":\"" + no
                + "\",\"code\":\"AAAAAAAA\"}").status());
        assertEquals(200, get("/api/public/disclosure/guide/LC-ZRZYJ", null).status());
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            if (postJson("/api/public/disclosure/track", null, "{\"number\":\"" + no + "\",\"code\":\"BBBBBBBB\"}").status() == 429) {
                limited++;
            }
        }
        assertTrue("rapid guessing is rate-limited", limited > 0);
        assertTrue(get(API + "/" + no, "registrar").body().contains("\"source\":\"PORTAL\""));
    }

    @Test
    public void aLedgerIsImportedAllOrNothing() throws Exception {
        String header = "申请编号,收到日期,申请方式,申请人类型,申请人,受理机关,申请内容,处理结果,不予公开理由,答复日期,送达日期,办结情况\n";
        String good = header + "YS20250310901,2025-03-10,网上,自然人,甲某,LC-RSJ,社保缴费基数文件,予以公开,,2025-03-20,2025-03-21,已送达\n"
                + "YS20250311902,2025-03-11,平信,商业企业,某公司,LC-RSJ,工伤认定决定书,不予公开,保护第三方合法权益,2025-04-01,,已答复\n";
        String bad = header + "YS20250312903,2025-03-12,网上,自然人,乙某,LC-RSJ,文件,予以公开,,2025-03-20,,已答复\n"
                + "YS20250313904,2025-13-40,飞鸽,外星人,,LC-RSJ,文件,,,,,\n";
        Reply rejected = http("POST", "/api/disclosure/ledger?name=l.csv&dryRun=false", "head", "text/csv", bad);
        assertTrue(rejected.body(), rejected.body().contains("\"imported\":0") && rejected.body().contains("\"line\":3"));
        assertEquals(404, get(API + "/YS20250312903", "admin").status());
        Reply imported = http("POST", "/api/disclosure/ledger?name=l.csv&dryRun=false", "head", "text/csv", good);
        assertTrue(imported.body(), imported.body().contains("\"imported\":2"));
        Reply report = get("/api/disclosure/report?year=2025&agency=LC-RSJ", "head");
        assertTrue(report.body(), report.body().contains("\"key\":\"NEW_RECEIVED\",\"labelZh\":\"一、本年新收政府信息公开申请数量\","
                + "\"labelEn\":\"I. New applications received this year\",\"values\":[1,1,0,0,0,0,2]"));
        assertTrue(report.body(), report.body().contains("\"violations\":[]"));
    }

    static byte[] bytes(String path, String user) throws Exception {
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(req,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static long total() throws Exception {
        return Long.parseLong(get(API + "?size=1", "admin").body().replaceAll(".*\"total\":(\\d+).*", "$1"));
    }
}
