import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The loudspeaker benchmark against a running distribution with the MQTT driver (run by bench/broadcast-bench.sh:
 * {@code java -cp paho.jar bench/BroadcastBench.java BASE BROKER REGIONS_CSV SIM_JAR "SIZES" ROUNDS ACK_MS}).
 * N simulated terminals (the terminal simulator, one process) are bound to the {@code mqtt} driver over the villages
 * and hamlets of four townships. An observer client on the same broker notes when each terminal's first ACK receipt
 * passes, so both sides are timed by the same clock at the same point:
 * <ul>
 * <li>floor: a bare Paho client publishes the N play commands (the driver's JSON, one per terminal topic, QoS 1);
 * latency of a terminal = its ACK − the first publish;</li>
 * <li>platform: a county editor's item targeting the four townships, approved by {@code approver}; latency = ACK −
 * the release request; also the time until the platform's own delivery report counts all N acknowledged or later.</li>
 * </ul>
 * Rounds alternate floor / platform so that noise on the shared machine hits both, after unmeasured warm-up rounds.
 */
public class BroadcastBench {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PREFIX = "gongkai/bc";
    static final List<String> TOWNSHIPS = List.of("450323100", "450323102", "450323103", "450323104");
    static final String EDITOR = "bench-editor";
    static final String EDITOR_PASSWORD = "Bench-Editor-2026";
    static String base;
    static final Map<String, String[]> SESSIONS = new ConcurrentHashMap<>();
    /** broadcast id → terminal → nanoTime of its first ACK (observer). */
    static final Map<String, Map<String, Long>> ACKS = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Long>> PLAYED = new ConcurrentHashMap<>();
    static final Map<String, Map<String, String>> FAILED = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // Paho's threads would keep the JVM (and the script waiting for it) alive
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        String broker = args[1];
        List<String> places = places(Path.of(args[2]));
        String simJar = args[3];
        int[] sizes = Arrays.stream(args[4].trim().split("\\s+")).mapToInt(Integer::parseInt).sorted().toArray();
        int rounds = Integer.parseInt(args[5]);
        int ackMs = Integer.parseInt(args[6]);
        int warmUps = args.length > 7 ? Integer.parseInt(args[7]) : 2;

        awaitDriver();
        createEditor();
        String others = send("GET", "/api/broadcast/terminals/drivers", "admin", null);
        System.out.println("drivers: " + others.replaceAll("\"settings\":\\[.*?\\]\\]?,", ""));
        MqttAsyncClient observer = observer(broker);
        MqttAsyncClient floor = client(broker, "bench-floor-" + System.nanoTime());

        for (int n : sizes) {
            System.out.printf("%n== %,d terminals (ids BM00001..BM%05d, %d places in townships %s), simulator ack %d ms%n",
                    n, n, places.size(), TOWNSHIPS, ackMs);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                ids.add(String.format("BM%05d", i));
            }
            Process sim = simulator(simJar, broker, n, ackMs);
            try {
                importTerminals(ids, places);
                int reached = reachedByTargets();
                if (reached != n) {
                    System.out.println("note: the four townships hold " + reached + " terminals, " + (reached - n)
                            + " of them not simulated (demo data); they are left out of the expected set");
                }
                Side f = new Side("floor (bare Paho)");
                Side p = new Side("platform");
                for (int w = 1; w <= warmUps; w++) { // the simulator's and both clients' JIT, the platform's caches
                    floorRound(floor, ids, "floor-" + n + "-warm" + w, null);
                    platformRound(ids, n + " warm-up " + w, null);
                }
                for (int r = 1; r <= rounds; r++) {
                    floorRound(floor, ids, "floor-" + n + "-" + r, f);
                    platformRound(ids, n + " round " + r, p);
                }
                System.out.println(f.summary());
                System.out.println(p.summary());
                System.out.printf("ratio platform/floor: p50 %.2f, p99 %.2f, all-acked (median round) %.2f%n",
                        p.pct(50) / f.pct(50), p.pct(99) / f.pct(99), median(p.allAcked) / median(f.allAcked));
                System.out.printf("platform: release request answered in %s ms; delivery report shows all %,d"
                        + " acknowledged-or-later after %s ms (per round)%n", p.releaseMs, n, p.reportMs);
            } finally {
                sim.destroy();
                sim.waitFor();
            }
        }
        floor.disconnect().waitForCompletion(3000);
        observer.disconnect().waitForCompletion(3000);
    }

    // ---- the two sides ------------------------------------------------------------------------------------------

    /** One side's per-terminal latencies over all measured rounds, and per round the time until the last ACK. */
    static final class Side {
        final String name;
        final List<Double> latencies = new ArrayList<>();
        final List<Double> allAcked = new ArrayList<>();
        final List<Long> releaseMs = new ArrayList<>();
        final List<Long> reportMs = new ArrayList<>();

        Side(String name) {
            this.name = name;
        }

        double pct(int p) {
            return p(latencies, p);
        }

        String summary() {
            return String.format("%-18s per terminal (%,d ACKs over %d rounds): p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
                    + " all acknowledged after %s ms (rounds), median %.0f ms", name, latencies.size(),
                    allAcked.size(), pct(50), pct(99), Collections.max(latencies),
                    allAcked.stream().map(d -> String.format("%.0f", d)).toList(), median(allAcked));
        }
    }

    static void floorRound(MqttAsyncClient floor, List<String> ids, String broadcastId, Side side) throws Exception {
        ACKS.put(broadcastId, new ConcurrentHashMap<>());
        long t0 = System.nanoTime();
        for (String id : ids) {
            byte[] payload = ("{\"cmd\":\"play\",\"id\":\"" + UUID.randomUUID() + "\",\"terminals\":[\"" + id
                    + "\"],\"ts\":\"" + Instant.now() + "\",\"broadcastId\":\"" + broadcastId
                    + "\",\"text\":\"基准测试：这是一条测试广播。\",\"priority\":10,\"mode\":\"stream\"}")
                    .getBytes(StandardCharsets.UTF_8);
            for (;;) {
                try {
                    floor.publish(PREFIX + "/" + id + "/cmd", payload, 1, false);
                    break;
                } catch (MqttException e) {
                    if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                        throw e;
                    }
                    Thread.sleep(1);
                }
            }
        }
        double publishMs = (System.nanoTime() - t0) / 1e6;
        boolean all = awaitAcks(broadcastId, ids, t0);
        record(side, broadcastId, ids, t0, all, String.format("published in %.0f ms", publishMs));
        settle(broadcastId, ids);
    }

    static void platformRound(List<String> ids, String label, Side side) throws Exception {
        StringBuilder targets = new StringBuilder();
        for (String t : TOWNSHIPS) {
            targets.append(targets.length() == 0 ? "" : ",").append("{\"kind\":\"REGION\",\"code\":\"").append(t)
                    .append("\"}");
        }
        String draft = "{\"title\":\"基准广播 " + label + "\",\"category\":\"通知公告\",\"body\":\"基准测试：这是一条测试广播。\","
                + "\"script\":\"基准测试：这是一条测试广播。\",\"targets\":[" + targets + "]}";
        String id = match(send("POST", "/api/broadcast/items", EDITOR, draft), "\"id\":\"([^\"]+)\"");
        send("POST", "/api/broadcast/items/" + id + "/submit", EDITOR, null);
        send("POST", "/api/broadcast/items/" + id + "/approve", "approver", "{\"comment\":\"同意\"}");
        ACKS.put(id, new ConcurrentHashMap<>());
        long t0 = System.nanoTime();
        send("POST", "/api/broadcast/items/" + id + "/release", EDITOR, null);
        long releaseMs = (System.nanoTime() - t0) / 1_000_000;
        boolean all = awaitAcks(id, ids, t0);
        // the delivery report is polled only now, so that the polling does not load the platform while it sends
        long reportMs = -1;
        long lastChange = System.nanoTime();
        Map<String, Long> states = Map.of();
        while (System.nanoTime() - lastChange < Duration.ofSeconds(30).toNanos()) { // gives up when it stands still
            Map<String, Long> before = states;
            states = reportStates(id);
            if (!states.equals(before)) {
                lastChange = System.nanoTime();
            }
            long done = states.entrySet().stream().filter(e -> e.getKey().matches("ACKNOWLEDGED|PLAYING|PLAYED"))
                    .mapToLong(Map.Entry::getValue).sum();
            if (done >= ids.size()) {
                reportMs = (System.nanoTime() - t0) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        if (side != null) {
            side.releaseMs.add(releaseMs);
            side.reportMs.add(reportMs);
        }
        record(side, id, ids, t0, all, "release answered in " + releaseMs + " ms, report all acked after "
                + (reportMs < 0 ? "never (" + states + ")" : reportMs + " ms"));
        settle(id, ids);
        if (reportMs >= 0) { // the report may trail the receipts: wait until it shows every terminal finished
            for (int i = 0; i < 300; i++) {
                Map<String, Long> s = reportStates(id);
                if (s.getOrDefault("PLAYED", 0L) + s.getOrDefault("FAILED", 0L) >= ids.size()) {
                    break;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The delivery report's states of the simulated terminals (BM…) only. */
    static Map<String, Long> reportStates(String id) throws Exception {
        String report = send("GET", "/api/broadcast/items/" + id + "/delivery", "approver", null);
        Map<String, Long> out = new HashMap<>();
        Matcher m = Pattern.compile("\"terminalId\":\"(BM\\d+)\".*?\"state\":\"([A-Z]+)\"").matcher(report);
        while (m.find()) {
            out.merge(m.group(2), 1L, Long::sum);
        }
        return out;
    }

    /** Waits until every terminal acknowledged; gives up when no new ACK came for 20 s (commands lost). */
    static boolean awaitAcks(String broadcastId, List<String> ids, long t0) throws InterruptedException {
        Map<String, Long> acks = ACKS.get(broadcastId);
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (System.nanoTime() - lastProgress < Duration.ofSeconds(20).toNanos()) {
            if (acks.size() >= ids.size() && ids.stream().allMatch(acks::containsKey)) {
                return true;
            }
            if (acks.size() != seen) {
                seen = acks.size();
                lastProgress = System.nanoTime();
            }
            Thread.sleep(5);
        }
        return false;
    }

    static void record(Side side, String broadcastId, List<String> ids, long t0, boolean all, String note) {
        Map<String, Long> acks = ACKS.get(broadcastId);
        List<Double> l = new ArrayList<>();
        for (String id : ids) {
            Long t = acks.get(id);
            if (t != null) {
                l.add((t - t0) / 1e6);
            }
        }
        Map<String, String> failed = FAILED.getOrDefault(broadcastId, Map.of());
        System.out.printf("  %-30s %s%,d/%,d acked: p50 %.0f ms, p99 %.0f ms, last %.0f ms; %s%s%n",
                (side == null ? "(warm-up) " : "") + (side == null ? "" : side.name + " ") + broadcastId,
                all ? "" : "MISSING ACKS: ", l.size(), ids.size(), l.isEmpty() ? -1 : p(l, 50),
                l.isEmpty() ? -1 : p(l, 99), l.isEmpty() ? -1 : Collections.max(l), note,
                failed.isEmpty() ? "" : "; " + failed.size() + " FAILED receipts, e.g. "
                        + failed.values().iterator().next());
        if (side != null && all) {
            side.latencies.addAll(l);
            side.allAcked.add(Collections.max(l));
        }
    }

    /** Waits until every terminal has played (so no round pre-empts the last one), then a pause for the platform. */
    static void settle(String broadcastId, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> played = PLAYED.getOrDefault(broadcastId, Map.of());
            if (played.size() + FAILED.getOrDefault(broadcastId, Map.of()).size() >= ids.size()) {
                break;
            }
            Thread.sleep(20);
        }
        Thread.sleep(2000);
    }

    // ---- set-up -------------------------------------------------------------------------------------------------

    /** The villages and hamlets of the townships, in file order. */
    static List<String> places(Path regionsCsv) throws Exception {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> level = new HashMap<>();
        for (String line : Files.readAllLines(regionsCsv).subList(1, Files.readAllLines(regionsCsv).size())) {
            String[] f = line.split(",", -1);
            if (f.length >= 4) {
                parent.put(f[0], f[3]);
                level.put(f[0], f[2]);
            }
        }
        List<String> out = new ArrayList<>();
        for (String code : parent.keySet()) {
            String lv = level.get(code);
            String township = "VILLAGE".equals(lv) ? parent.get(code)
                    : "HAMLET".equals(lv) ? parent.get(parent.get(code)) : null;
            if (township != null && TOWNSHIPS.contains(township)) {
                out.add(code);
            }
        }
        return out;
    }

    static void importTerminals(List<String> ids, List<String> places) throws Exception {
        StringBuilder csv = new StringBuilder("id,name,region_code,driver_id,settings\n");
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(",基准喇叭").append(i + 1).append(',').append(places.get(i % places.size()))
                    .append(",mqtt,volumeMax=31\n");
        }
        long t = System.nanoTime();
        String r = send("POST", "/api/broadcast/terminals/import", "admin", csv.toString(), "text/csv");
        System.out.printf("imported %,d terminals in %.1f s: %s%n", ids.size(), (System.nanoTime() - t) / 1e9, r);
    }

    static int reachedByTargets() throws Exception {
        int n = 0;
        for (String t : TOWNSHIPS) {
            Matcher m = Pattern.compile("\"id\":\"").matcher(send("GET", "/api/broadcast/terminals?region=" + t,
                    "admin", null));
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    static Process simulator(String jar, String broker, int n, int ackMs) throws Exception {
        File log = File.createTempFile("bc-sim-", ".log");
        Process p = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "--mode", "mqtt", "--count", String.valueOf(n),
                "--ids", "BM%05d", "--broker", broker, "--clients", "2", "--ack-ms", String.valueOf(ackMs),
                "--play-ms", "200", "--report", "0").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(log).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        for (int i = 0; i < 600; i++) {
            if (Files.readString(log.toPath()).toLowerCase().contains("mqtt terminals")) {
                System.out.println("simulator: " + Files.readString(log.toPath()).strip() + " (log " + log + ")");
                return p;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("simulator ended: " + Files.readString(log.toPath()));
            }
            Thread.sleep(100);
        }
        p.destroy();
        throw new IllegalStateException("simulator did not start: " + Files.readString(log.toPath()));
    }

    static void awaitDriver() throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                String d = send("GET", "/api/broadcast/terminals/drivers", "admin", null);
                if (d.matches("(?s).*\"id\":\"mqtt\",[^{}]*?\"present\":true.*")) {
                    Thread.sleep(2000); // and its connection: it connects in the background
                    return;
                }
            } catch (IllegalStateException notYet) {
                SESSIONS.clear();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the mqtt driver did not come up");
    }

    static void createEditor() throws Exception {
        try {
            send("POST", "/api/users", "admin", "{\"username\":\"" + EDITOR + "\",\"displayName\":\"基准编辑\","
                    + "\"agencyCode\":\"LC-GKB\",\"roles\":[\"broadcast-editor\"],\"password\":\"" + EDITOR_PASSWORD
                    + "\"}");
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("409")) {
                throw e;
            }
        }
    }

    static MqttAsyncClient client(String broker, String id) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(broker, id, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(65535);
        o.setKeepAliveInterval(60);
        c.connect(o).waitForCompletion(10_000);
        return c;
    }

    static MqttAsyncClient observer(String broker) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(broker, "bench-observer-" + System.nanoTime(), new MemoryPersistence());
        c.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                System.out.println("observer lost its connection: " + cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                long now = System.nanoTime();
                String[] parts = topic.split("/");
                String terminal = parts[parts.length - 2];
                String json = new String(message.getPayload(), StandardCharsets.UTF_8);
                String bid = field(json, "broadcastId");
                String kind = field(json, "kind");
                if (bid == null || kind == null) {
                    return;
                }
                switch (kind) {
                    case "ACK" -> {
                        Map<String, Long> m = ACKS.get(bid);
                        if (m != null) {
                            m.putIfAbsent(terminal, now);
                        }
                    }
                    case "PLAYED" -> PLAYED.computeIfAbsent(bid, k -> new ConcurrentHashMap<>()).putIfAbsent(terminal, now);
                    case "FAILED" -> FAILED.computeIfAbsent(bid, k -> new ConcurrentHashMap<>()).putIfAbsent(terminal,
                            String.valueOf(field(json, "detail")));
                    default -> {
                    }
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(65535);
        c.connect(o).waitForCompletion(10_000);
        c.subscribe(PREFIX + "/+/receipt", 1).waitForCompletion(10_000);
        return c;
    }

    static String field(String json, String name) {
        int i = json.indexOf("\"" + name + "\":\"");
        if (i < 0) {
            return null;
        }
        int from = i + name.length() + 4;
        int to = json.indexOf('"', from);
        return to < 0 ? null : json.substring(from, to);
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    static String send(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, body, "application/json");
    }

    static String send(String method, String path, String user, String body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", type + "; charset=UTF-8");
        }
        String[] session = SESSIONS.computeIfAbsent(user, BroadcastBench::login);
        b.header("Cookie", session[0]).header("X-CSRF-Token", session[1]).header("X-Requested-With", "bench");
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(500, r.body().length())));
        }
        return r.body();
    }

    static String[] login(String user) {
        String password = EDITOR.equals(user) ? EDITOR_PASSWORD : "gongkai-demo";
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login " + user + " → " + r.statusCode() + " " + r.body());
            }
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            return new String[] {cookie, match(r.body(), "\"csrfToken\":\"([^\"]+)\"")};
        } catch (RuntimeException e) {
            throw new IllegalStateException("login " + user + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("login " + user, e);
        }
    }

    static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + s.substring(0, Math.min(300, s.length())));
        }
        return m.group(1);
    }

    static double p(List<Double> xs, int pct) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, Math.max(0, (int) Math.ceil(pct / 100.0 * s.size()) - 1)));
    }

    static double median(List<Double> xs) {
        return xs.isEmpty() ? Double.NaN : p(xs, 50);
    }
}
