package org.gongkai.broadcast.driver.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.tools.simulator.Fleet;
import org.gongkai.tools.simulator.SimulatorConfig;
import org.gongkai.tools.simulator.TerminalSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the terminal simulator's HTTP mode in the same JVM: real HTTP on loopback, an independent
 * implementation of the protocol on the other side, and the receipts and statuses the core would get.
 */
class HttpSpeakerDriverTest {
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final List<TerminalStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private HttpSpeakerDriver driver;

    private final DriverContext context = new DriverContext() {
        @Override
        public void receipt(Receipt r) {
            receipts.add(r);
        }

        @Override
        public void statusChanged(TerminalStatus s) {
            statuses.add(s);
        }
    };

    @AfterEach
    void closeAll() throws Exception {
        if (driver != null) {
            driver.deactivate();
        }
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private TerminalSimulator simulator(SimulatorConfig c) throws Exception {
        TerminalSimulator sim = TerminalSimulator.start(c);
        open.add(sim);
        return sim;
    }

    private static SimulatorConfig sim(Duration playback) {
        return SimulatorConfig.defaults(SimulatorConfig.Mode.HTTP).withTerminals(3, "T%d")
                .withTiming(Duration.ofMillis(10), playback);
    }

    private HttpSpeakerDriver driver(int maxConcurrent) {
        driver = new HttpSpeakerDriver(new HttpDriverSettings(maxConcurrent, 100, Duration.ofSeconds(1), 1000,
                Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofMinutes(1)),
                Clock.systemUTC());
        driver.open(context);
        return driver;
    }

    private static TerminalBinding binding(TerminalSimulator sim, String id, int timeoutMillis) {
        return new TerminalBinding(id, Map.of(TerminalApi.BASE_URL, sim.baseUrl(id), TerminalApi.TOKEN, sim.token(id),
                TerminalApi.TIMEOUT, Integer.toString(timeoutMillis), HttpSpeakerDriver.VOLUME_MAX, "31",
                HttpSpeakerDriver.PLAYBACK, "stream"));
    }

    private static PlayRequest play(String broadcastId, TerminalBinding... terminals) {
        return new PlayRequest(broadcastId, List.of(terminals), "http://127.0.0.1/a.mp3", "村民请注意", PlayRequest.ROUTINE,
                null);
    }

    private Receipt await(String terminal, Receipt.Kind kind, long millis) throws InterruptedException {
        return awaitMatching(receipts, r -> r.terminalId().equals(terminal) && r.kind() == kind, millis);
    }

    /** The first element matching, checked at least once, waiting up to {@code millis}; null if none came. */
    private static <T> T awaitMatching(List<T> list, Predicate<T> p, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        do {
            for (T t : list) {
                if (p.test(t)) {
                    return t;
                }
            }
            Thread.sleep(10);
        } while (System.currentTimeMillis() < end);
        return null;
    }

    private List<Receipt.Kind> kinds(String terminal) {
        return receipts.stream().filter(r -> r.terminalId().equals(terminal)).map(Receipt::kind).toList();
    }

    @Test
    void playIsAcknowledgedThenPlayingThenPlayedOnEveryTerminal() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofMillis(300)));
        HttpSpeakerDriver d = driver(8);
        CompletableFuture<Void> sent = d.play(play("B1", binding(sim, "T1", 1000), binding(sim, "T2", 1000)))
                .toCompletableFuture();
        assertTrue(sent.isDone(), "play waits for the terminals instead of handing over");
        assertNotNull(await("T1", Receipt.Kind.PLAYED, 3000));
        assertNotNull(await("T2", Receipt.Kind.PLAYED, 3000));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T1"));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T2"));
        assertTrue(receipts.stream().allMatch(r -> r.broadcastId().equals("B1")));
        assertEquals(2, sim.stats().played());
        assertEquals(0, d.followed(), "finished tasks are still polled");
    }

    @Test
    void failedPlaybackBecomesAFailedReceiptWithTheTerminalsReason() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofMillis(200)).withFailures(0, 1, 5));
        driver(8).play(play("B2", binding(sim, "T1", 1000)));
        Receipt failed = await("T1", Receipt.Kind.FAILED, 3000);
        assertNotNull(failed);
        assertTrue(failed.detail().contains("simulated fault"), failed.detail());
        assertEquals(Receipt.Kind.ACK, kinds("T1").get(0));
        assertFalse(kinds("T1").contains(Receipt.Kind.PLAYED));
    }

    @Test
    void refusalAndWrongTokenFailAtOnceWithoutPausingTheTerminal() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofSeconds(5)));
        HttpSpeakerDriver d = driver(8);
        TerminalBinding good = binding(sim, "T1", 1000);
        d.play(new PlayRequest("E1", List.of(good), null, "紧急通知", PlayRequest.emergencyPriority(1), null));
        assertNotNull(await("T1", Receipt.Kind.ACK, 2000));
        d.play(play("R1", good));
        Receipt busy = awaitMatching(receipts, r -> r.broadcastId().equals("R1"), 2000);
        assertEquals(Receipt.Kind.FAILED, busy.kind());
        assertTrue(busy.detail().contains("busy"), busy.detail());

        TerminalBinding badToken = new TerminalBinding("T2", Map.of(TerminalApi.BASE_URL, sim.baseUrl("T2"),
                TerminalApi.TOKEN, "wrong", TerminalApi.TIMEOUT, "1000"));
        d.play(play("B3", badToken));
        Receipt refused = await("T2", Receipt.Kind.FAILED, 2000);
        assertTrue(refused.detail().contains("token rejected"), refused.detail());
        TerminalStatus s = d.status(badToken).toCompletableFuture().get(2, TimeUnit.SECONDS);
        assertEquals(TerminalStatus.State.FAULT, s.state());
        assertEquals(2, sim.stats().rejectedAuth(), "a refusing terminal answers, so it is not paused: both calls reach it");
    }

    @Test
    void hungTerminalTimesOutWithoutStallingTheOthersAndIsThenPaused() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofSeconds(5)));
        sim.fleet().setHung("T2", true);
        HttpSpeakerDriver d = driver(2); // one slot held by the hung terminal, one left for the others
        long start = System.currentTimeMillis();
        d.play(play("B4", binding(sim, "T2", 3000), binding(sim, "T1", 3000), binding(sim, "T3", 3000)));
        assertNotNull(await("T1", Receipt.Kind.ACK, 2500), "T1 waited for the hung T2");
        assertNotNull(await("T3", Receipt.Kind.ACK, 2500), "T3 waited for the hung T2");
        assertTrue(System.currentTimeMillis() - start < 2500, "healthy terminals waited for the hung one's timeout");
        assertNull(await("T2", Receipt.Kind.FAILED, 0), "the hung terminal gave up before its timeout");
        Receipt timedOut = await("T2", Receipt.Kind.FAILED, 5000);
        assertNotNull(timedOut, "the hung terminal never timed out");
        assertTrue(timedOut.detail().contains("unreachable"), timedOut.detail());
        assertNotNull(awaitMatching(statuses, s -> s.terminalId().equals("T2")
                && s.state() == TerminalStatus.State.OFFLINE, 1000));

        long commandsBefore = sim.stats().commands();
        long t0 = System.currentTimeMillis();
        d.play(play("B5", binding(sim, "T2", 3000)));
        Receipt fast = awaitMatching(receipts, r -> r.broadcastId().equals("B5"), 1000);
        assertNotNull(fast, "a paused terminal was called and held the command for its timeout");
        assertEquals(Receipt.Kind.FAILED, fast.kind());
        assertTrue(System.currentTimeMillis() - t0 < 500, "a paused terminal still cost a timeout");
        assertEquals(commandsBefore, sim.stats().commands(), "a paused terminal was called");
    }

    @Test
    void terminalComingBackIsProbedReportedOnlineAndPlaysAgain() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofMillis(200)).withOffline(Set.of("T1")));
        HttpSpeakerDriver d = driver(8);
        TerminalBinding t1 = binding(sim, "T1", 1000);
        assertEquals(TerminalStatus.State.OFFLINE, d.status(t1).toCompletableFuture().get(3, TimeUnit.SECONDS)
                .state());
        d.play(play("B6", t1));
        assertEquals(Receipt.Kind.FAILED, awaitMatching(receipts, r -> r.broadcastId().equals("B6"), 2000).kind());

        sim.fleet().setOffline("T1", false);
        TerminalStatus back = awaitMatching(statuses, s -> s.terminalId().equals("T1")
                && s.state() == TerminalStatus.State.ONLINE, 4000);
        assertNotNull(back, "the terminal's return was never noticed");
        assertTrue(d.probes() >= 1);
        d.play(play("B7", t1));
        assertNotNull(awaitMatching(receipts, r -> r.broadcastId().equals("B7") && r.kind() == Receipt.Kind.PLAYED,
                3000));
    }

    @Test
    void stopEndsTheFollowUpWithoutAReceiptAndVolumeIsScaledToTheTerminalsSteps() throws Exception {
        TerminalSimulator sim = simulator(sim(Duration.ofSeconds(10)));
        HttpSpeakerDriver d = driver(8);
        TerminalBinding t1 = binding(sim, "T1", 1000);
        d.play(play("B8", t1));
        assertNotNull(await("T1", Receipt.Kind.ACK, 2000));
        d.stop("B8", List.of(t1)).toCompletableFuture().get(3, TimeUnit.SECONDS);
        assertEquals(Fleet.TaskState.STOPPED, sim.fleet().task("T1", "B8").orElseThrow().state());
        long end = System.currentTimeMillis() + 2000;
        while (d.followed() > 0 && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals(0, d.followed());
        assertNull(awaitMatching(receipts, r -> r.kind() == Receipt.Kind.PLAYED || r.kind() == Receipt.Kind.FAILED,
                100));
        // stopping a broadcast the terminal never had is a no-op, not an error
        d.stop("never-sent", List.of(t1)).toCompletableFuture().get(3, TimeUnit.SECONDS);

        d.setVolume(t1, 50).toCompletableFuture().get(3, TimeUnit.SECONDS);
        assertEquals(16, sim.fleet().status("T1").orElseThrow().volume()); // 50 % of 31 steps
        TerminalStatus s = d.status(t1).toCompletableFuture().get(3, TimeUnit.SECONDS);
        assertEquals(TerminalStatus.State.ONLINE, s.state());
        assertEquals(52, s.volumePercent()); // 16 of 31 steps
    }

    @Test
    void invalidBaseUrlFailsTheTerminalWithoutACall() throws Exception {
        HttpSpeakerDriver d = driver(8);
        TerminalBinding bad = new TerminalBinding("X1", Map.of(TerminalApi.BASE_URL, "ftp://nowhere",
                TerminalApi.TOKEN, "t"));
        d.play(play("B9", bad));
        Receipt r = await("X1", Receipt.Kind.FAILED, 1000);
        assertTrue(r.detail().contains("invalid settings"), r.detail());
    }

    @Test
    void settingsDescribeAnHttpTerminalWithASecretToken() {
        HttpSpeakerDriver d = driver(1);
        assertEquals("http", d.id());
        Map<String, SettingDescriptor> byName = new java.util.HashMap<>();
        d.settings().forEach(s -> byName.put(s.name(), s));
        assertEquals(SettingDescriptor.Type.SECRET, byName.get("token").type());
        assertTrue(byName.get("token").required());
        assertTrue(byName.get("baseUrl").required());
        assertEquals("5000", byName.get("timeoutMillis").defaultValue());
        assertEquals(List.of("stream", "download"), byName.get("playback").options());
    }
}
