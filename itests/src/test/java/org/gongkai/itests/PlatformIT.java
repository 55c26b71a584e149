package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** The platform over HTTP and the console, against the real distribution (PostgreSQL in the full run). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends GongkaiTestSupport {

    @Inject
    BundleContext context;

    DataSource dataSource;

    @Before
    public void ready() throws Exception {
        awaitReady();
        dataSource = service(DataSource.class, "(osgi.jndi.service.name=gongkai)");
    }

    @Test
    public void healthIsUpWithTheConfiguredDatabaseAndNeedsNoLogin() throws Exception {
        Reply r = get("/api/health", null);
        assertEquals(200, r.status());
        assertTrue(r.body(), r.body().contains("\"status\":\"UP\""));
        String product = "postgresql".equals(System.getProperty("gongkai.it.db")) ? "PostgreSQL" : "H2";
        assertTrue(r.body(), r.body().contains("\"product\":\"" + product + "\""));
    }

    @Test
    public void protectedEndpointsAnswer401WithoutCredentialsAnd403ForAWrongRole() throws Exception {
        Reply anonymous = get("/api/users", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.body().contains("UNAUTHENTICATED"));
        assertEquals(403, get("/api/users", "zone").status());
        Reply admin = get("/api/users", "admin");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("\"username\":\"zone\""));
        assertEquals(401, http("GET", "/api/users", null, null, null, "Authorization", "Basic YWRtaW46d3Jvbmc=").status());
    }

    @Test
    public void uiLoginSetsAnHttpOnlySameSiteCookieAndStateChangesNeedTheCsrfToken() throws Exception {
        Reply login = postJson("/api/auth/login", null, "{\"username\":\"admin\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertEquals(200, login.status());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie, setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        assertEquals(200, http("GET", "/api/auth/me", null, null, null, "Cookie", cookie).status());
        String account = "{\"username\":\"csrf.test\",\"displayName\":\"测试\",\"agencyCode\":\"LC-GKB\","
                + "\"roles\":[\"handler\"],\"password\":\"long-enough-pw\"}";
        assertEquals(403, http("POST", "/api/users", null, "application/json", account, "Cookie", cookie).status());
        assertEquals(201, http("POST", "/api/users", null, "application/json", account, "Cookie", cookie,
                "X-CSRF-Token", csrf).status());
    }

    @Test
    public void calendarRestMatchesHeldOutCasesComputedByHand() throws Exception {
        // 2025-09-26 (Fri) + 20: 9-28 Sun (1), 9-29 (2), 9-30 (3); 10-1..10-8 off; 10-9 (4), 10-10 (5),
        // 10-11 Sat make-up (6), 10-13..10-17 (7-11), 10-20..10-24 (12-16), 10-27..10-30 (17-20) → 2025-10-30
        assertCalendar("2025-09-26", 20, "2025-10-30", false);
        // 2026-02-13 (Fri) + 1: 2-14 Sat is a make-up working day → 2026-02-14
        assertCalendar("2026-02-13", 1, "2026-02-14", false);
        // 2026-02-14 + 1: 2-15..2-23 off → 2026-02-24
        assertCalendar("2026-02-14", 1, "2026-02-24", false);
        // 2026-04-30 (Thu) + 3: 5-1..5-5 off, 5-6 (1), 5-7 (2), 5-8 (3) → 2026-05-08
        assertCalendar("2026-04-30", 3, "2026-05-08", false);
        // 2026-12-30 + 5: runs into 2027 whose notice is not loaded → provisional
        assertCalendar("2026-12-30", 5, "2027-01-07", true);
        Reply bad = get("/api/calendar/working-days?from=2026-02-30&days=5", null);
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"from\""));
        assertEquals(400, get("/api/calendar/working-days?from=2026-02-03&days=-1", null).status());
        Reply year = get("/api/calendar/2026", null);
        assertEquals(200, year.status());
        assertTrue(year.body().contains("\"provisional\":false") && year.body().contains("2026-10-10"));
        assertTrue(get("/api/calendar/2031", null).body().contains("\"provisional\":true"));
    }

    private static void assertCalendar(String from, int days, String expected, boolean provisional) throws Exception {
        Reply r = get("/api/calendar/working-days?from=" + from + "&days=" + days, null);
        assertEquals(r.body(), 200, r.status());
        assertEquals("{\"date\":\"" + expected + "\",\"provisional\":" + provisional + "}", r.body());
    }

    @Test
    public void badInputGetsA400WithFieldMessagesAndWritesNothing() throws Exception {
        Reply malformed = postJson("/api/users", "admin", "{\"username\":");
        assertEquals(400, malformed.status());
        Reply unknown = postJson("/api/users", "admin", "{\"username\":\"x1\",\"hacker\":true}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("\"field\":\"hacker\""));
        Reply script = postJson("/api/users", "admin", "{\"username\":\"scripted\",\"displayName\":\"<script>alert(1)</script>\","
                + "\"agencyCode\":\"LC-GKB\",\"roles\":[\"handler\"],\"password\":\"long-enough-pw\"}");
        assertEquals(400, script.status());
        assertTrue(script.body(), script.body().contains("\"field\":\"displayName\"") && script.body().contains("messageEn"));
        String big = "{\"username\":\"big\",\"displayName\":\"" + "x".repeat(1_100_000) + "\"}";
        assertEquals(400, postJson("/api/users", "admin", big).status());
        assertEquals(404, get("/api/users/scripted", "admin").status());
        Reply english = http("GET", "/api/users", null, null, null, "Accept-Language", "en");
        assertTrue(english.body(), english.body().contains("\"message\":\"Please log in\""));
    }

    @Test
    public void editingAnAuditRowIsDetectedByVerification() throws Exception {
        assertTrue(get("/api/audit/verify", "auditor").body().contains("\"valid\":true"));
        long seq;
        String original;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT seq, details FROM gk_audit WHERE seq = 2");
                ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            seq = rs.getLong(1);
            original = rs.getString(2);
        }
        update("UPDATE gk_audit SET details = 'tampered' WHERE seq = ?", seq);
        try {
            Reply v = get("/api/audit/verify", "auditor");
            assertTrue(v.body(), v.body().contains("\"valid\":false") && v.body().contains("\"firstBrokenSeq\":" + seq));
            assertTrue(console("gongkai:audit-verify").contains("BROKEN at entry " + seq));
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("UPDATE gk_audit SET details = ? WHERE seq = ?")) {
                ps.setString(1, original);
                ps.setLong(2, seq);
                ps.executeUpdate();
            }
        }
        assertTrue(get("/api/audit/verify", "auditor").body().contains("\"valid\":true"));
        assertEquals(403, get("/api/audit/verify", "zone").status());
    }

    private void update(String sql, long seq) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, seq);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    public void aCapabilityAppearsAndDisappearsWithItsBundleService() throws Exception {
        assertFalse(get("/api/capabilities", null).body().contains("\"itest-cap\""));
        Dictionary<String, Object> props = new Hashtable<>();
        ServiceRegistration<CapabilityDescriptor> reg = context.registerService(CapabilityDescriptor.class,
                new CapabilityDescriptor("itest-cap", "测试模块", "Test capability", "#/itest", Set.of(), 99), props);
        try {
            assertTrue(get("/api/capabilities", null).body().contains("\"itest-cap\""));
            assertTrue(get("/api/health", null).body().contains("\"itest-cap\""));
            assertTrue(console("gongkai:capabilities").contains("itest-cap"));
        } finally {
            reg.unregister();
        }
        assertFalse(get("/api/capabilities", null).body().contains("\"itest-cap\""));
    }

    @Test
    public void repeatedFailedLoginsLockTheAccount() throws Exception {
        String create = "{\"username\":\"lockme\",\"displayName\":\"锁定测试\",\"agencyCode\":\"LC-GKB\","
                + "\"roles\":[\"registrar\"],\"password\":\"" + DEMO_PASSWORD + "\"}";
        assertEquals(201, postJson("/api/users", "admin", create).status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http("GET", "/api/auth/me", null, null, null, "Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("lockme:wrong-password".getBytes())).status());
        }
        assertEquals(401, get("/api/auth/me", "lockme").status());
        assertEquals(200, postJson("/api/users/lockme/unlock", "admin", null).status());
        assertEquals(200, get("/api/auth/me", "lockme").status());
    }

    @Test
    public void consoleCommandsShowTheCalendarAndRegions() throws Exception {
        assertTrue(console("gongkai:calendar-add-days 2026-09-30 1").contains("2026-10-08"));
        assertTrue(console("gongkai:calendar-show 2026").contains("notice loaded"));
        assertTrue(console("gongkai:region-list 450323").contains("大圩镇"));
        assertTrue(console("gongkai:account-list").contains("auditor"));
    }

    @Test
    public void openApiDescribesTheApi() throws Exception {
        Reply r = get("/api/openapi.json", null);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("\"/calendar/working-days\"") && r.body().contains("\"/users/{username}\""));
        assertEquals(200, get("/api/docs/index.html", null).status());
        assertEquals(200, get("/ui/index.html", null).status());
    }
}
