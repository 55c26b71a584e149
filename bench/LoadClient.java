import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load client for the benchmarks (run with `java bench/LoadClient.java`):
 *   rate URL REQ_PER_S SECONDS      fixed arrival rate; latency counted from the scheduled send time
 *   max URL CONCURRENCY SECONDS     closed loop, as fast as the server answers
 * Prints one line: mode, url, requests, errors, throughput (req/s), p50, p90, p99, max (ms). Bounded in time.
 */
public class LoadClient {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI uri = URI.create(args[1]);
        int n = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        // warm-up: let both JITs (server and this client) compile the hot paths before measuring
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; i < 3000 && System.nanoTime() < warmEnd; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        if (mode.equals("rate")) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            List<CompletableFuture<?>> all = Collections.synchronizedList(new ArrayList<>());
            long interval = 1_000_000_000L / n;
            int total = n * seconds;
            for (int i = 0; i < total; i++) {
                long scheduled = start + i * interval;
                timer.schedule(() -> all.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((r, e) -> {
                            if (e != null || r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - scheduled);
                        })), scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            timer.shutdown();
            timer.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
            CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
        } else {
            long end = start + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                Thread th = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        try {
                            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - s);
                    }
                });
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) {
                th.join();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s %s requests=%d errors=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                mode, uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()), sorted.size(), errors.get(),
                sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 100));
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
