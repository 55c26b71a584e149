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
        long deadline = System.currentTimeMillis() + 150_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (status("/api/health") == 200 && HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE + "/api/auth/me")).header("Authorization", "Basic YWRtaW46Z29uZ2thaS1kZW1v")
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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
