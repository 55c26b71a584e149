package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff UI in a real browser (Debian's chromium and chromium-driver, driven by Selenium) against the distribution
 * started the way the run command starts it: demo mode by the GONGKAI_DEMO environment variable, embedded H2.
 * Screenshots go to target/screenshots.
 */
public class UiBrowserSmokeIT {
    private static final String PORT = "28281";
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static Path home;
    private static Process karaf;
    private static WebDriver browser;

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        assumeTrue("chromium-driver is not installed (tools/test.sh installs it when run as root)",
                new File("/usr/bin/chromedriver").canExecute());
        home = unpack();
        // stdin from /dev/null: the forked test JVM's own stdin is Surefire's command channel
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true).redirectInput(new File("/dev/null"))
                .redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("GONGKAI_DEMO", "1");
        karaf = pb.start();
        awaitHealth();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile()).start().waitFor(30, TimeUnit.SECONDS);
            if (!karaf.waitFor(40, TimeUnit.SECONDS)) {
                // bin/karaf is a shell script: its Java child outlives a forced end of the script alone
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    @Test
    public void anAdministratorLogsInSeesTheMenuAndTheCalendarAndSwitchesToEnglish() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(BASE + "/ui/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username"))).sendKeys("admin");
        browser.findElement(By.id("login-password")).sendKeys("gongkai-demo");
        shot("01-login");
        browser.findElement(By.id("login-submit")).click();
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        wait.until(d -> user.getText().contains("系统管理员"));
        assertTrue(browser.findElement(By.cssSelector("#menu a[data-admin='accounts']")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("#menu a[data-admin='audit']")).isDisplayed());
        shot("02-home");

        // a capability's screens come from its own bundle: the disclosure list loads from /ui/cap/disclosure/main.js
        browser.findElement(By.cssSelector("#menu a[data-cap='disclosure']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosure-list")));
        shot("02b-disclosure");

        browser.findElement(By.cssSelector("#menu a[data-admin='calendar']")).click();
        browser.get(BASE + "/ui/index.html#/admin/calendar?year=2026");
        WebElement national = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#calendar-grid [data-date='2026-10-01']")));
        assertTrue(national.getAttribute("class").contains("holiday"));
        assertTrue(browser.findElement(By.cssSelector("#calendar-grid [data-date='2026-10-10']"))
                .getAttribute("class").contains("workday-adjusted"));
        assertTrue(browser.findElement(By.cssSelector("#calendar-grid [data-date='2026-10-17']"))
                .getAttribute("class").contains("weekend"));
        shot("03-calendar");

        browser.get(BASE + "/ui/index.html#/admin/accounts");
        wait.until(d -> d.getPageSource().contains("auditor") && d.getPageSource().contains("孙审计"));
        shot("04-accounts");

        browser.findElement(By.id("lang-switch")).click();
        wait.until(d -> d.findElement(By.cssSelector("#menu a[data-admin='accounts']")).getText().contains("Accounts"));
        shot("05-english");
        browser.findElement(By.id("lang-switch")).click();

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
        assertEquals(401, status("/api/auth/me"));
    }

    @Test
    public void thePortalShowsItsLandingPage() throws Exception {
        browser.get(BASE + "/portal/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("政务公开"));
        shot("06-portal");
    }

    /**
     * End to end: a citizen applies in the portal (a double click makes one application), staff take the case through
     * registration, drafting, review and delivery in the UI, and the citizen sees it delivered when tracking.
     */
    @Test
    public void aPortalApplicationIsTakenThroughToDeliveryInTheUi() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(BASE + "/portal/#/disclosure");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dis-apply-form")));
        new Select(browser.findElement(By.id("dis-applicantType"))).selectByValue("NATURAL_PERSON");
        browser.findElement(By.id("dis-applicantName")).sendKeys("端到端");
        new Select(browser.findElement(By.id("dis-idKind"))).selectByValue("RESIDENT_ID");
        browser.findElement(By.id("dis-idNumber")).sendKeys(DisclosureIT.residentId("45032319881212888"));
        browser.findElement(By.id("dis-phone")).sendKeys("13511112222");
        browser.findElement(By.id("dis-address")).sendKeys("广西桂林市灵川县大圩镇");
        browser.findElement(By.id("dis-title")).sendKeys("大圩镇征地补偿安置方案");
        browser.findElement(By.cssSelector("#dis-items textarea")).sendKeys("请公开大圩镇毛村征地补偿安置方案公告");
        new Select(browser.findElement(By.id("dis-form"))).selectByValue("PAPER");
        new Select(browser.findElement(By.id("dis-receiveBy"))).selectByValue("POST");
        new Select(browser.findElement(By.id("dis-agencyCode"))).selectByValue("LC-ZRZYJ");
        shot("10-portal-apply");
        WebElement submit = browser.findElement(By.id("dis-submit"));
        new org.openqa.selenium.interactions.Actions(browser).doubleClick(submit).perform();
        String no = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dis-number"))).getText().strip();
        String code = browser.findElement(By.id("dis-query-code")).getText().strip();
        assertTrue(no, no.matches("YS\\d{11,}"));
        assertTrue(code, code.matches("[A-Z2-9]{8}"));
        shot("11-portal-number-and-code");
        assertEquals("one application for a double click", 1, countByName("端到端"));

        login("registrar");
        act(wait, no, "REGISTER", null);
        logout(wait);
        login("handler");
        act(wait, no, "START_DRAFTING", null);
        WebElement decision = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dis-item-1-decision")));
        new Select(decision).selectByValue("DISCLOSED");
        browser.findElement(By.id("dis-item-1-reply")).sendKeys("现将该公告复印件邮寄给您。");
        browser.findElement(By.cssSelector("button[data-item-save='1']")).click();
        wait.until(d -> d.getPageSource().contains("现将该公告复印件邮寄给您。")
                && d.findElements(By.cssSelector("button[data-action='SUBMIT_FOR_REVIEW']")).size() > 0);
        act(wait, no, "SUBMIT_FOR_REVIEW", null);
        logout(wait);
        login("reviewer");
        act(wait, no, "APPROVE", null);
        shot("12-case-approved");
        logout(wait);
        login("registrar");
        act(wait, no, "DELIVER", "EA555000111CN");
        wait.until(d -> d.getPageSource().contains("EA555000111CN"));
        shot("13-case-delivered");
        logout(wait);

        browser.get(BASE + "/portal/#/disclosure");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dis-tab-track"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dis-track-number"))).sendKeys(no);
        browser.findElement(By.id("dis-track-code")).sendKeys(code);
        browser.findElement(By.id("dis-track-submit")).click();
        WebElement stage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dis-track-stage")));
        assertEquals("DELIVERED", stage.getAttribute("data-stage"));
        shot("14-portal-track-delivered");
    }

    private static void login(String user) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(BASE + "/ui/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys("gongkai-demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }

    private static void logout(WebDriverWait wait) {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
    }

    /** Opens the case, takes the action through its dialog and waits until the case page shows the next state. */
    private static void act(WebDriverWait wait, String no, String action, String tracking) {
        browser.get(BASE + "/ui/#/disclosure/case/" + no);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action='" + action + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form")));
        if (tracking != null) {
            browser.findElement(By.id("action-tracking-number")).sendKeys(tracking);
        }
        browser.findElement(By.id("action-confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("action-form")));
        wait.until(d -> d.findElements(By.cssSelector("button[data-action='" + action + "']")).isEmpty());
    }

    private static long countByName(String name) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE
                + "/api/disclosure/applications?size=50&q=" + java.net.URLEncoder.encode(name,
                        java.nio.charset.StandardCharsets.UTF_8))).header("Authorization", "Basic YWRtaW46Z29uZ2thaS1kZW1v")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
    }

    private static void shot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitHealth() throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                // the last boot feature (delegation) comes up after disclosure's demo data is in: before it, the
                // first clicks raced the demo replay on H2
                if (status("/api/health") == 200 && HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE + "/api/auth/me")).header("Authorization", "Basic YWRtaW46Z29uZ2thaS1kZW1v")
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/capabilities"))
                                .build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"delegation\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the distribution did not start; see " + home.resolve("data/log/karaf.log"));
    }

    private static Path unpack() throws Exception {
        String version = System.getProperty("gongkai.version");
        Path tarball = Path.of(System.getProperty("gongkai.distribution",
                "../karaf-assembly/target/gongkai-distribution-" + version + ".tar.gz"));
        Path target = Path.of("target/ui-dist").toAbsolutePath();
        if (Files.exists(target)) {
            new ProcessBuilder("rm", "-rf", target.toString()).start().waitFor();
        }
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", target.toString(),
                "--strip-components=1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertEquals(0, tar.waitFor());
        Files.writeString(target.resolve("etc/org.ops4j.pax.web.cfg"),
                "\norg.osgi.service.http.port = " + PORT + "\n", java.nio.file.StandardOpenOption.APPEND);
        replace(target.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = 28201");
        replace(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099", "rmiRegistryPort = 21199");
        replace(target.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort = 44444", "rmiServerPort = 24544");
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }
}
