import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disclosure benchmark against a running distribution (run with `java bench/DisclosureBench.java BASE_URL`):
 * list pages of 50 rows under varied filters (sequential: latency without queueing), the annual report, the workflow
 * register → register → draft → decide → submit → approve → deliver with 4 clients, one letter PDF. A baseline
 * (/api/health) is measured in the same run for the ratio.
 */
public class DisclosureBench {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    /** user → {cookie, csrf}: staff work in login sessions like the UI (HTTP Basic hashes the password per request). */
    static final java.util.Map<String, String[]> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        String[] filters = {"", "stage=DRAFTING", "agency=LC-ZRZYJ", "overdue=true", "from=2025-06-01&to=2025-06-30",
                "stage=ARCHIVED&agency=LC-GKB", "q=%E5%BE%81%E5%9C%B0", "sort=replyDue&dir=asc&stage=REVIEW",
                "page=40", "agency=LC-T-101&from=2026-01-01"};
        for (int ok = 0, i = 0; ok < 10 && i < 600; i++) { // the API settles after start-up (resources register late)
            try {
                get("/api/health", null);
                get("/api/disclosure/report?year=2025&agency=LC-GKB", "head");
                ok++;
            } catch (IllegalStateException notYet) {
                ok = 0;
                Thread.sleep(500);
            }
        }
        for (int i = 0; i < 30; i++) {
            get("/api/disclosure/applications?size=50&" + filters[i % filters.length], "admin");
            get("/api/health", null);
        }
        List<Double> list = new ArrayList<>();
        List<Double> health = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            list.add(time("/api/disclosure/applications?size=50&" + filters[i % filters.length], "admin"));
            health.add(time("/api/health", null));
        }
        System.out.println("list page of 50 (10 filters, 400 sequential): " + pct(list) + "; health baseline: "
                + pct(health) + "; ratio p95 " + String.format("%.1f", p(list, 95) / p(health, 95)));
        List<Double> report = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            report.add(time("/api/disclosure/report?year=2025&agency=*", "head"));
        }
        List<Double> agencyReport = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            agencyReport.add(time("/api/disclosure/report?year=2025&agency=LC-ZRZYJ", "head"));
        }
        System.out.println("annual report 2025 county-wide: " + pct(report) + "; one agency: " + pct(agencyReport));
        int cases = Integer.parseInt(args.length > 1 ? args[1] : "300");
        int threads = Integer.parseInt(args.length > 2 ? args[2] : "4");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        // warm-up, not measured: after a restart the workflow's code paths are still interpreted
        int warmup = Integer.parseInt(args.length > 3 ? args[3] : "100");
        List<Future<?>> warm = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            int k = 500 + i;
            warm.add(pool.submit(() -> {
                workflow(k);
                return null;
            }));
        }
        for (Future<?> f : warm) {
            f.get();
        }
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int k = i;
            fs.add(pool.submit(() -> {
                try {
                    workflow(k);
                } catch (Exception e) {
                    if (failures.incrementAndGet() < 4) {
                        System.out.println("workflow failure: " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("workflow register→deliver (7 requests each, %d clients, after %d unmeasured): %d cases in"
                + " %.1f s = %.1f cases/s, %d failed%n", threads, warmup, cases, secs, cases / secs, failures.get());
        String no = match(get("/api/disclosure/applications?size=1&stage=DELIVERED&sort=number&dir=desc", "admin"),
                "\"number\":\"(YS\\d+)\"");
        String letters = get("/api/disclosure/applications/" + no, "admin");
        String letter = match(letters, "\\{\"id\":(\\d+),\"kind\":\"REPLY\"");
        List<Double> pdf = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pdf.add(time("/api/disclosure/applications/" + no + "/letters/" + letter + "/pdf", "admin"));
        }
        System.out.println("reply letter PDF (" + no + "): first " + String.format("%.0f", pdf.get(0))
                + " ms (font load), then " + pct(pdf.subList(2, pdf.size())));
    }

    static void workflow(int k) throws Exception {
        String id = residentId(String.format("45032319%02d%02d%02d%03d", 60 + k % 40, 1 + k % 12, 1 + k % 28, k % 1000));
        String body = "{\"requestKey\":\"bench-" + System.nanoTime() + "-" + k + "\",\"channel\":\"IN_PERSON\",\"submittedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\","
                + "\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"基准" + k + "\",\"idKind\":\"RESIDENT_ID\","
                + "\"idNumber\":\"" + id + "\",\"phone\":\"13800000000\",\"title\":\"征地补偿安置方案\",\"items\":[{\"description\":\"征地补偿安置方案公告\"}],"
                + "\"form\":\"PAPER\",\"receiveBy\":\"POST\",\"agencyCode\":\"LC-GKB\"}";
        String no = match(send("POST", "/api/disclosure/applications", "registrar", body), "\"number\":\"(YS\\d+)\"");
        String b = "/api/disclosure/applications/" + no;
        send("POST", b + "/actions/REGISTER", "registrar", "{}");
        send("POST", b + "/actions/START_DRAFTING", "handler", "{}");
        send("PUT", b + "/items/1", "handler", "{\"decision\":\"DISCLOSED\",\"replyText\":\"现予提供\"}");
        send("POST", b + "/actions/SUBMIT_FOR_REVIEW", "handler", "{}");
        send("POST", b + "/actions/APPROVE", "reviewer", "{}");
        send("POST", b + "/actions/DELIVER", "registrar", "{}");
    }

    static String residentId(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + s.substring(0, Math.min(300, s.length())));
        }
        return m.group(1);
    }

    static double time(String path, String user) throws Exception {
        long t = System.nanoTime();
        get(path, user);
        return (System.nanoTime() - t) / 1e6;
    }

    static String get(String path, String user) throws Exception {
        return send("GET", path, user, null);
    }

    static String send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            String[] session = SESSIONS.computeIfAbsent(user, DisclosureBench::login);
            b.header("Cookie", session[0]).header("X-CSRF-Token", session[1]).header("X-Requested-With", "bench");
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300 && !(r.statusCode() == 201 && "POST".equals(method))) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String[] login(String user) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"gongkai-demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            return new String[] {cookie, match(r.body(), "\"csrfToken\":\"([^\"]+)\"")};
        } catch (Exception e) {
            throw new IllegalStateException("login " + user, e);
        }
    }

    static double p(List<Double> xs, int pct) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(pct / 100.0 * s.size()) - 1));
    }

    static String pct(List<Double> xs) {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", p(xs, 50), p(xs, 95), p(xs, 99),
                Collections.max(xs));
    }
}
