package org.gongkai.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the built Gongkai distribution once per suite (PerSuite), on PostgreSQL or H2 as the failsafe execution
 * says, in demo mode, with moved ports; helpers for HTTP and console commands.
 */
public abstract class GongkaiTestSupport {
    static final String HTTP_PORT = System.getProperty("gongkai.it.httpPort", "18181");
    static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
    static final String DEMO_PASSWORD = "gongkai-demo";

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String db = System.getProperty("gongkai.it.db", "h2");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("org.gongkai").artifactId("gongkai-distribution")
                                .version(System.getProperty("gongkai.version")).type("tar.gz"))
                        .unpackDirectory(new File("target/exam-" + db)).useDeployFolder(false).name("Gongkai"),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                systemTimeout(180_000),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "14444"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
                editConfigurationFilePut("etc/system.properties", "gongkai.demo", "true"),
                // the probe waits 10 s for Pax Exam's injector by default: too short while the demo data loads on a
                // busy 2-core machine (the probe then never starts and the run hangs)
                editConfigurationFilePut("etc/system.properties",
                        "org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT", "180000"),
                // and the extender that turns the probe's test entries into services waits 10 s for that invoker
                // factory: when the boot features take longer, it gives up, the next test class's entry is never
                // registered and the run hangs until the fork timeout (seen on H2 with DisclosureIT)
                editConfigurationFilePut("etc/system.properties",
                        "org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT", "180000"),
                editConfigurationFilePut("etc/system.properties", "gongkai.it.db", db),
                // loudspeakers (BroadcastIT): the simulator and the HTTP driver jar from the reactor, a broker of the
                // test's own, and short re-send and slot-check periods
                editConfigurationFilePut("etc/system.properties", "gongkai.it.simulatorJar",
                        System.getProperty("gongkai.it.simulatorJar", "")),
                editConfigurationFilePut("etc/system.properties", "gongkai.it.httpDriverJar",
                        System.getProperty("gongkai.it.httpDriverJar", "")),
                editConfigurationFilePut("etc/system.properties", "gongkai.it.archetypeDriverJar",
                        System.getProperty("gongkai.it.archetypeDriverJar", "")),
                editConfigurationFilePut("etc/org.gongkai.broadcast.driver.mqtt.cfg", "brokerUrl",
                        "tcp://127.0.0.1:" + BroadcastIT.BROKER_PORT),
                editConfigurationFilePut("etc/org.gongkai.broadcast.driver.mqtt.cfg", "minReconnectDelayMillis", "500"),
                editConfigurationFilePut("etc/org.gongkai.broadcast.driver.mqtt.cfg", "maxReconnectDelayMillis", "3000"),
                editConfigurationFilePut("etc/org.gongkai.broadcast.cfg", "resendIntervalSeconds", "5"),
                editConfigurationFilePut("etc/org.gongkai.broadcast.cfg", "resendCheckSeconds", "5"),
                editConfigurationFilePut("etc/org.gongkai.broadcast.cfg", "slotCheckSeconds", "5")));
        if ("postgresql".equals(db)) {
            String cfg = "etc/org.ops4j.datasource-gongkai.cfg";
            options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut(cfg, "url", System.getProperty("gongkai.it.pg.url")));
            options.add(editConfigurationFilePut(cfg, "user", System.getProperty("gongkai.it.pg.user")));
            options.add(editConfigurationFilePut(cfg, "password", System.getProperty("gongkai.it.pg.password")));
        }
        return options.toArray(new Option[0]);
    }

    /** A small HTTP answer. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Reply http(String method, String path, String user, String contentType, String body, String... headers)
            throws Exception {
        HttpResponse<String> r = send(method, path, user, contentType, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
        return new Reply(r.statusCode(), r.body(), r.headers());
    }

    /** A request as the demo user (none: anonymous) with any body, answered as the handler reads it. */
    static <T> HttpResponse<T> send(String method, String path, String user, String contentType,
            HttpRequest.BodyPublisher body, HttpResponse.BodyHandler<T> answer, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), answer);
    }

    static Reply get(String path, String user) throws Exception {
        return http("GET", path, user, null, null);
    }

    static Reply postJson(String path, String user, String json) throws Exception {
        return http("POST", path, user, "application/json", json);
    }

    /** Waits until the API answers 200 on health and the demo accounts exist (first boot loads them). */
    static void awaitReady() throws Exception {
        awaitBootFinished();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (get("/api/health", null).status() == 200 && get("/api/auth/me", "admin").status() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the HTTP port is not open yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Gongkai did not become ready within 120 s");
    }

    /**
     * Waits for Karaf's BootFinished service: the boot features are installed, including the demo data their
     * components load while they activate. Tests started before it raced the provisioning (the features service was
     * not even injectable for a while).
     */
    static void awaitBootFinished() throws Exception {
        org.osgi.framework.BundleContext bc = org.osgi.framework.FrameworkUtil.getBundle(GongkaiTestSupport.class)
                .getBundleContext();
        long deadline = System.currentTimeMillis() + 240_000;
        while (bc.getServiceReference("org.apache.karaf.features.BootFinished") == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Karaf did not finish its boot features within 240 s");
            }
            Thread.sleep(500);
        }
    }

    /**
     * The service as registered now, waiting up to 60 s for it. Tests that touch a Gongkai service or the DataSource
     * look it up after {@link #awaitReady()} instead of having it injected: an injected object is the one registered
     * when the probe started, and if it is re-registered while the boot settles (pax-jdbc-config closes the pool and
     * creates a new one whenever the DataSourceFactory or the transaction manager it needs comes back; SCR then
     * re-activates the components bound to it) the test holds a closed pool: "Pool not open" on a CI run.
     */
    static <T> T service(Class<T> type, String filter) throws Exception {
        org.osgi.framework.BundleContext bc = org.osgi.framework.FrameworkUtil.getBundle(GongkaiTestSupport.class)
                .getBundleContext();
        String f = "(objectClass=" + type.getName() + ")";
        if (filter != null) {
            f = "(&" + f + filter + ")";
        }
        org.osgi.util.tracker.ServiceTracker<T, T> tracker = new org.osgi.util.tracker.ServiceTracker<>(bc,
                bc.createFilter(f), null);
        tracker.open();
        try {
            T s = tracker.waitForService(60_000);
            if (s == null) {
                throw new AssertionError("no service " + f + " within 60 s");
            }
            return s;
        } finally {
            tracker.close();
        }
    }

    /** Polls until the path answers the status for the user; false after the given seconds. */
    static boolean awaitStatus(String path, int status, String user, int seconds) throws Exception {
        for (int i = 0; i < seconds * 2; i++) {
            if (get(path, user).status() == status) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Polls until the path answers 200 to admin with (or without) the text; false after the given seconds. */
    static boolean awaitBody(String path, String text, boolean present, int seconds) throws Exception {
        for (int i = 0; i < seconds * 2; i++) {
            Reply r = get(path, "admin");
            if (r.status() == 200 && r.body().contains(text) == present) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The first value of a JSON field, quoted or not (enough for ids, dates and numbers). */
    static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** Runs a console command and answers what it printed. */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, ps, ps);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
