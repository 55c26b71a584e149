package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.util.Filter;
import org.junit.After;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The loudspeaker network against real peers: a Mosquitto broker of the test's own (so it can be restarted) and the
 * terminal simulator (tools/terminal-simulator) as a separate process emulating MQTT and HTTP terminals. Release →
 * the MQTT terminals acknowledge and report playback; an emergency survives a broker restart; the HTTP driver jar is
 * dropped into deploy/, removed and put back while terminals are bound; a daily slot missed during a restart of the
 * broadcast bundle fires once, late, and not again after another restart; a recording is served whole and by range.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class BroadcastIT extends GongkaiTestSupport {
    static final int BROKER_PORT = 18883;
    private static final String VILLAGE = "450323101201";
    private static final String TOWNSHIP = "450323101";
    private static final int MQTT_TERMINALS = 12;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static Process broker;
    private static Process mqttSimulator;
    private final List<Process> others = new ArrayList<>();

    @Inject
    @Filter(timeout = 180_000)
    FeaturesService features;

    @Inject
    BundleContext context;

    @Before
    public void ready() throws Exception {
        awaitReady();
        if (broker == null || !broker.isAlive()) {
            broker = startBroker();
        }
        if (!features.isInstalled(features.getFeature("gongkai-broadcast-driver-mqtt"))) {
            features.installFeature("gongkai-broadcast-driver-mqtt");
        }
        assertTrue("the mqtt driver is up", awaitBody("/api/broadcast/terminals/drivers", "\"id\":\"mqtt\"", true, 60));
        if (mqttSimulator == null || !mqttSimulator.isAlive()) {
            mqttSimulator = simulator("--mode", "mqtt", "--count", String.valueOf(MQTT_TERMINALS), "--ids", "IT-MQ-%02d",
                    "--broker", "tcp://127.0.0.1:" + BROKER_PORT, "--ack-ms", "20", "--play-ms", "200", "--report", "0");
            for (int i = 1; i <= MQTT_TERMINALS; i++) {
                String id = String.format("IT-MQ-%02d", i);
                Reply bound = http("PUT", "/api/broadcast/terminals/" + id, "admin", "application/json",
                        "{\"name\":\"李岩村" + i + "号喇叭\",\"regionCode\":\"" + VILLAGE
                                + "\",\"driverId\":\"mqtt\",\"settings\":{}}");
                assertEquals(bound.body(), 200, bound.status());
            }
        }
    }

    @After
    public void stopOthers() {
        others.forEach(BroadcastIT::stop);
    }

    // ---- the peers ----------------------------------------------------------------------------------------------

    /** Started processes die with the container's JVM: the JVM does not end its children by itself. */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
    }

    private static Process startBroker() throws Exception {
        try (Socket s = new Socket("127.0.0.1", BROKER_PORT)) {
            throw new AssertionError("port " + BROKER_PORT + " is taken (a broker left over from an earlier run?)");
        } catch (IOException free) {
            // as it should be
        }
        Process p = new ProcessBuilder("mosquitto", "-p", String.valueOf(BROKER_PORT)).redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("karaf.data", "."), "it-mosquitto.log")).start();
        STARTED.add(p);
        for (int i = 0; i < 50; i++) {
            try (Socket s = new Socket("127.0.0.1", BROKER_PORT)) {
                assertTrue("mosquitto runs", p.isAlive());
                return p;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("mosquitto did not listen on " + BROKER_PORT);
    }

    private static Process simulator(String... args) throws Exception {
        String jar = System.getProperty("gongkai.it.simulatorJar");
        assertTrue("the simulator jar " + jar, jar != null && new File(jar).isFile());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
                new File(System.getProperty("karaf.data", "."), "it-simulator-" + args[1] + ".log")).start();
        STARTED.add(p);
        Thread.sleep(1500);
        assertTrue("the simulator runs", p.isAlive());
        return p;
    }

    private static void stop(Process p) {
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------


    private static String targets(String pattern, int count) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            b.append(i > 1 ? "," : "").append("{\"kind\":\"TERMINAL\",\"code\":\"").append(String.format(pattern, i))
                    .append("\"}");
        }
        return b.append(']').toString();
    }

    /** A request as the township editor with a binary body (or none), answered as bytes. */
    private static HttpResponse<byte[]> bytes(String method, String path, byte[] body, String... headers)
            throws Exception {
        return send(method, path, "editor", body == null ? null : "audio/wav", body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body),
                HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    /** A 16-bit mono PCM WAV of a 440 Hz tone. */
    private static byte[] wav(int seconds, int rate) {
        int data = seconds * rate * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        for (int i = 0; i < seconds * rate; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        return b.array();
    }

    private static String id(Reply r) {
        Matcher m = Pattern.compile("\"id\":\"(GB\\d+)\"").matcher(r.body());
        assertTrue(r.body(), m.find());
        return m.group(1);
    }

    /** Drafted by the township editor, approved and released by the county reviewer. */
    private static String releasedRoutine(String title, String targets, String schedule) throws Exception {
        Reply draft = postJson("/api/broadcast/items", "editor", "{\"title\":\"" + title + "\",\"category\":\"通知公告\","
                + "\"body\":\"请各位村民于本周六上午到村委会领取防汛物资。\",\"script\":\"各位村民请注意，本周六上午到村委会领取防汛物资。\","
                + "\"targets\":" + targets + (schedule == null ? "" : ",\"schedule\":" + schedule) + "}");
        assertTrue(draft.body(), draft.status() / 100 == 2);
        String id = id(draft);
        Reply submitted = postJson("/api/broadcast/items/" + id + "/submit", "editor", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        Reply approved = postJson("/api/broadcast/items/" + id + "/approve", "approver", "{\"comment\":\"同意\"}");
        assertEquals(approved.body(), 200, approved.status());
        Reply released = postJson("/api/broadcast/items/" + id + "/release", "approver", "{}");
        assertEquals(released.body(), 200, released.status());
        return id;
    }

    private static long count(String id, String state) throws Exception {
        String body = get("/api/broadcast/items/" + id + "/delivery", "admin").body();
        Matcher m = Pattern.compile("\"counts\":\\{[^}]*\"" + state + "\":(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static boolean awaitPlayed(String id, int expected, int seconds) throws Exception {
        for (int i = 0; i < seconds * 2; i++) {
            if (count(id, "PLAYED") == expected) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    // ---- tests ----------------------------------------------------------------------------------------------------

    @Test
    public void aReleasedItemIsAcknowledgedAndPlayedByEveryMqttTerminal() throws Exception {
        String id = releasedRoutine("领取防汛物资通知", targets("IT-MQ-%02d", MQTT_TERMINALS), null);
        assertTrue(get("/api/broadcast/items/" + id + "/delivery", "admin").body(),
                awaitPlayed(id, MQTT_TERMINALS, 60));
        String lines = get("/api/broadcast/items/" + id + "/delivery", "admin").body();
        assertTrue(lines, lines.contains("\"terminalId\":\"IT-MQ-07\"") && !lines.contains("\"state\":\"FAILED\""));
        assertTrue(get("/api/broadcast/terminals/IT-MQ-03/deliveries", "admin").body().contains(id));
    }

    @Test
    public void aRecordingIsServedWholeAndByByteRange() throws Exception {
        Reply draft = postJson("/api/broadcast/items", "editor", "{\"title\":\"方言录音\",\"category\":\"通知公告\","
                + "\"body\":\"请各位村民注意防火。\",\"script\":\"各位村民请注意防火。\",\"targets\":"
                + targets("IT-MQ-%02d", 1) + "}");
        assertTrue(draft.body(), draft.status() / 100 == 2);
        byte[] wav = wav(2, 8000);
        HttpResponse<byte[]> uploaded = bytes("POST", "/api/broadcast/audio/of/" + id(draft) + "?label="
                + URLEncoder.encode("灵川话", StandardCharsets.UTF_8), wav);
        String info = new String(uploaded.body(), StandardCharsets.UTF_8);
        assertEquals(info, 200, uploaded.statusCode());
        String audio = "/api/broadcast/audio/" + field(info, "id");

        HttpResponse<byte[]> whole = bytes("GET", audio, null);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertTrue(java.util.Arrays.equals(wav, whole.body()));

        HttpResponse<byte[]> header = bytes("GET", audio, null, "Range", "bytes=0-43");
        assertEquals(206, header.statusCode());
        assertEquals("bytes 0-43/" + wav.length, header.headers().firstValue("Content-Range").orElse(""));
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOf(wav, 44), header.body()));

        HttpResponse<byte[]> tail = bytes("GET", audio, null, "Range", "bytes=-100");
        assertEquals(206, tail.statusCode());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(wav, wav.length - 100, wav.length),
                tail.body()));

        HttpResponse<byte[]> past = bytes("GET", audio, null, "Range", "bytes=" + wav.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + wav.length, past.headers().firstValue("Content-Range").orElse(""));
    }

    @Test
    public void anEmergencyIssuedWhileTheBrokerIsDownIsPlayedEverywhereOnceItIsBack() throws Exception {
        Reply user = postJson("/api/users", "admin", "{\"username\":\"officer2\",\"displayName\":\"覃气象\","
                + "\"agencyCode\":\"LC-QXJ\",\"roles\":[\"emergency-officer\"],\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertTrue(user.body(), user.status() / 100 == 2 || user.status() == 409);
        stop(broker);
        try {
            ZonedDateTime now = ZonedDateTime.now(CHINA);
            Reply issued = postJson("/api/broadcast/emergencies", "officer", "{\"title\":\"山洪预警\",\"script\":"
                    + "\"上游暴雨，沿河群众请立即转移到安全地带。\",\"level\":1,\"eventType\":\"山洪\",\"targets\":"
                    + targets("IT-MQ-%02d", MQTT_TERMINALS) + ",\"start\":\"" + now.toInstant() + "\",\"end\":\""
                    + now.plusHours(1).toInstant() + "\",\"exercise\":false}");
            assertTrue(issued.body(), issued.status() / 100 == 2);
            String id = id(issued);
            Reply approved = postJson("/api/broadcast/items/" + id + "/approve", "officer2", "{}");
            assertEquals(approved.body(), 200, approved.status());
            assertTrue(approved.body(), approved.body().contains("\"state\":\"RELEASED\""));
            Thread.sleep(3000);
            assertTrue("nothing can play while the broker is down", count(id, "PLAYED") < MQTT_TERMINALS);
            broker = startBroker();
            // the driver reconnects with back-off and the core re-sends the emergency until each terminal played it
            assertTrue(get("/api/broadcast/items/" + id + "/delivery", "admin").body(),
                    awaitPlayed(id, MQTT_TERMINALS, 120));
            assertEquals(200, postJson("/api/broadcast/items/" + id + "/cancel", "officer",
                    "{\"comment\":\"预警解除\"}").status());
        } finally {
            if (broker == null || !broker.isAlive()) {
                broker = startBroker();
            }
        }
    }

    @Test
    public void aDriverJarDroppedIntoDeployServesItsTerminalsAndTheyWaitWhileItIsGone() throws Exception {
        String jarPath = System.getProperty("gongkai.it.httpDriverJar");
        assertTrue("the http driver jar " + jarPath, jarPath != null && new File(jarPath).isFile());
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "org.gongkai.broadcast.driver.http.jar");
        Files.copy(Path.of(jarPath), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertTrue("the http driver came alive", awaitBody("/api/broadcast/terminals/drivers",
                    "\"id\":\"http\",\"name\"", true, 60));
            others.add(simulator("--mode", "http", "--count", "3", "--ids", "IT-H-%d", "--port", "18089",
                    "--ack-ms", "20", "--play-ms", "200", "--report", "0"));
            for (int i = 1; i <= 3; i++) {
                Reply bound = http("PUT", "/api/broadcast/terminals/IT-H-" + i, "admin", "application/json",
                        "{\"name\":\"湾湾村" + i + "号喇叭\",\"regionCode\":\"450323101202\",\"driverId\":\"http\","
                                + "\"settings\":{\"baseUrl\":\"http://127.0.0.1:18089/t/IT-H-" + i
                                + "\",\"token\":\"token-IT-H-" + i + "\"}}");
                assertEquals(bound.body(), 200, bound.status());
            }
            String first = releasedRoutine("秋冬季防火提示", targets("IT-H-%d", 3), null);
            assertTrue(get("/api/broadcast/items/" + first + "/delivery", "admin").body(), awaitPlayed(first, 3, 60));

            Files.delete(deployed);
            assertTrue("the http driver is gone", awaitBody("/api/broadcast/terminals/drivers",
                    "\"id\":\"http\",\"name\":\"http\",\"present\":false", true, 60));
            String second = releasedRoutine("冬季用电安全提示", targets("IT-H-%d", 3), null);
            Thread.sleep(2000);
            assertEquals(3, count(second, "OFFLINE"));
            assertTrue(get("/api/broadcast/items/" + second + "/delivery", "admin").body().contains("driver missing"));

            Files.copy(Path.of(jarPath), deployed, StandardCopyOption.REPLACE_EXISTING);
            // back again: what waited for its terminals goes out
            assertTrue(get("/api/broadcast/items/" + second + "/delivery", "admin").body(), awaitPlayed(second, 3, 90));
        } finally {
            Files.deleteIfExists(deployed);
        }
    }

    /**
     * The vendor's path: the bundle generated from tools/driver-archetype (built and unit-tested by the archetype's
     * own integration test) is dropped into deploy/ and works against this core: its settings form is offered and
     * enforced, a release reaches it, and a device that cannot be reached ends as a failed delivery, not a stall.
     */
    @Test
    public void aDriverGeneratedFromTheArchetypeWorksWhenItsJarIsDropped() throws Exception {
        String jarPath = System.getProperty("gongkai.it.archetypeDriverJar");
        assumeTrue("the archetype's generated driver was not built (archetype tests skipped): " + jarPath,
                jarPath != null && new File(jarPath).isFile());
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "example-speaker-driver.jar");
        Files.copy(Path.of(jarPath), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertTrue("the generated driver came alive", awaitBody("/api/broadcast/terminals/drivers",
                    "\"id\":\"example-tcp\"", true, 60));
            String drivers = get("/api/broadcast/terminals/drivers", "admin").body();
            assertTrue(drivers, drivers.contains("\"name\":\"port\"") && drivers.contains("\"name\":\"token\""));

            String terminal = "/api/broadcast/terminals/IT-V-1";
            Reply refused = http("PUT", terminal, "admin", "application/json", "{\"name\":\"厂商样机\",\"regionCode\":\""
                    + VILLAGE + "\",\"driverId\":\"example-tcp\",\"settings\":{\"port\":\"6000\"}}");
            assertEquals(refused.body(), 400, refused.status());
            assertTrue(refused.body(), refused.body().contains("host") && refused.body().contains("token"));
            // nothing listens on port 1 of this machine
            Reply bound = http("PUT", terminal, "admin", "application/json", "{\"name\":\"厂商样机\",\"regionCode\":\""
                    + VILLAGE + "\",\"driverId\":\"example-tcp\",\"settings\":{\"host\":\"127.0.0.1\","
                    + "\"port\":\"1\",\"token\":\"vendor-secret\"}}");
            assertEquals(bound.body(), 200, bound.status());
            assertTrue(bound.body(), !bound.body().contains("vendor-secret"));

            String id = releasedRoutine("样机测试", "[{\"kind\":\"TERMINAL\",\"code\":\"IT-V-1\"}]", null);
            boolean answered = false;
            for (int i = 0; i < 60 && !answered; i++) {
                answered = count(id, "FAILED") + count(id, "OFFLINE") == 1;
                Thread.sleep(500);
            }
            assertTrue(get("/api/broadcast/items/" + id + "/delivery", "admin").body(), answered);
        } finally {
            Files.deleteIfExists(deployed);
        }
        assertTrue("the generated driver is gone", awaitBody("/api/broadcast/terminals/drivers",
                "\"id\":\"example-tcp\",\"name\":\"example-tcp\",\"present\":false", true, 60));
    }

    @Test
    public void aSlotMissedDuringARestartFiresOnceLateAndNotAgain() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(CHINA);
        assumeTrue("not within 20 minutes of midnight in China", now.toLocalTime().isBefore(LocalTime.of(23, 35)));
        LocalTime morning = now.toLocalTime().plusMinutes(2).withSecond(0).withNano(0);
        String hhmm = morning.format(DateTimeFormatter.ofPattern("HH:mm"));
        // this township plays its morning slot in two minutes (Felix FileInstall applies etc/*.cfg changes)
        Path cfg = Path.of(System.getProperty("karaf.etc"), "org.gongkai.broadcast.cfg");
        String original = Files.readString(cfg);
        Files.writeString(cfg, original + "\nslotsPerTownship = " + TOWNSHIP + ":" + hhmm + "|23:58|23:59\n");
        try {
            slotOnceAcrossRestarts(morning);
        } finally {
            Files.writeString(cfg, original);
        }
    }

    private void slotOnceAcrossRestarts(LocalTime morning) throws Exception {
        Thread.sleep(5000);
        awaitReady();
        String schedule = "{\"date\":\"" + LocalDate.now(CHINA) + "\",\"slot\":\"MORNING\"}";
        String id = releasedRoutine("早间广播：秋收秋种", targets("IT-MQ-%02d", 4), schedule);
        assertEquals(0, count(id, "PLAYED") + count(id, "SENT") + count(id, "ACKNOWLEDGED"));
        String board = console("gongkai:broadcast-schedule -t " + TOWNSHIP);
        assertTrue(board, board.contains(id) && board.contains("早 " + morning.toString().substring(0, 5)));
        // the platform's broadcast core is down across the slot time, and back within the grace window
        Bundle core = bundle("org.gongkai.broadcast");
        core.stop();
        try {
            while (ZonedDateTime.now(CHINA).toLocalTime().isBefore(morning.plusSeconds(10))) {
                Thread.sleep(1000);
            }
        } finally {
            core.start();
        }
        awaitReady();
        assertTrue(get("/api/broadcast/items/" + id + "/delivery", "admin").body(), awaitPlayed(id, 4, 120));
        String audit = get("/api/audit?objectId=" + id + "&size=100", "auditor").body();
        assertEquals(audit, 1, occurrences(audit, "BROADCAST_SLOT_PLAYED"));
        // restarted again after the slot: it does not fire a second time
        core.stop();
        core.start();
        awaitReady();
        Thread.sleep(15_000);
        String again = get("/api/audit?objectId=" + id + "&size=100", "auditor").body();
        assertEquals(again, 1, occurrences(again, "BROADCAST_SLOT_PLAYED"));
        String delivery = get("/api/broadcast/items/" + id + "/delivery", "admin").body();
        assertTrue(delivery, !delivery.contains("\"attempts\":2"));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
