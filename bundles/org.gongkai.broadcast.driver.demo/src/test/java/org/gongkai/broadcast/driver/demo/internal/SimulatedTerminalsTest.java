package org.gongkai.broadcast.driver.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedTerminalsTest {
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final DriverContext context = new DriverContext() {
        @Override
        public void receipt(Receipt receipt) {
            receipts.add(receipt);
        }

        @Override
        public void statusChanged(TerminalStatus status) {
        }
    };

    private SimulatedTerminals terminals(int offline, int fault, int playMillis) {
        return new SimulatedTerminals(timer, new Random(1), Clock.systemUTC(), new SimulatedTerminals.Behaviour(1, 10,
                offline, fault, 4.0, playMillis, playMillis), context);
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
    }

    private static PlayRequest request(String broadcast, int priority, String... terminals) {
        return new PlayRequest(broadcast, java.util.Arrays.stream(terminals).map(t -> new TerminalBinding(t, Map.of()))
                .toList(), null, "明早八点开会", priority, null);
    }

    private List<Receipt.Kind> kinds(String terminal, String broadcast) {
        return receipts.stream().filter(r -> r.terminalId().equals(terminal) && r.broadcastId().equals(broadcast))
                .map(Receipt::kind).toList();
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(10);
        }
    }

    @Test
    void aTerminalAcknowledgesPlaysAndReportsPlayed() throws Exception {
        SimulatedTerminals t = terminals(0, 0, 50);
        t.play(request("b1", PlayRequest.ROUTINE, "T-1", "T-2"));
        waitFor(() -> receipts.size() == 6);
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T-1", "b1"));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T-2", "b1"));
        assertEquals(TerminalStatus.State.ONLINE, t.status("T-1").state());
    }

    @Test
    void anEmergencyPreemptsARoutineProgrammeAndALowerPriorityWaits() throws Exception {
        SimulatedTerminals t = terminals(0, 0, 300);
        t.play(request("routine", PlayRequest.ROUTINE, "T-1"));
        waitFor(() -> kinds("T-1", "routine").contains(Receipt.Kind.PLAYING));
        assertEquals(TerminalStatus.State.BUSY, t.status("T-1").state());
        t.play(request("red", PlayRequest.emergencyPriority(1), "T-1"));
        waitFor(() -> kinds("T-1", "red").contains(Receipt.Kind.PLAYING));
        assertEquals(Receipt.Kind.FAILED, kinds("T-1", "routine").get(2));
        assertTrue(receipts.stream().anyMatch(r -> r.detail().contains("pre-empted")));
        t.play(request("blue", PlayRequest.emergencyPriority(4), "T-1"));
        waitFor(() -> kinds("T-1", "blue").contains(Receipt.Kind.PLAYED));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T-1", "red"));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), kinds("T-1", "blue"),
                "the blue alert waited for the red one");
    }

    @Test
    void aboutThreePercentAreOfflineAndNeverAnswerAndSomeAreFaulty() throws Exception {
        SimulatedTerminals t = terminals(3, 2, 20);
        List<String> ids = IntStream.range(0, 1236).mapToObj(i -> "T-450323" + (100000000 + i)).toList();
        long offline = ids.stream().filter(t::offline).count();
        long faulty = ids.stream().filter(t::faulty).count();
        assertTrue(offline > 12 && offline < 75, "offline: " + offline);
        assertTrue(faulty > 5 && faulty < 60, "faulty: " + faulty);
        String off = ids.stream().filter(t::offline).findFirst().orElseThrow();
        String bad = ids.stream().filter(t::faulty).findFirst().orElseThrow();
        t.play(request("b1", PlayRequest.ROUTINE, off, bad));
        waitFor(() -> kinds(bad, "b1").size() == 2);
        Thread.sleep(50);
        assertEquals(List.of(), kinds(off, "b1"));
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.FAILED), kinds(bad, "b1"));
        assertEquals(TerminalStatus.State.OFFLINE, t.status(off).state());
        assertEquals(TerminalStatus.State.FAULT, t.status(bad).state());
    }

    @Test
    void aStoppedProgrammeIsNotReportedPlayed() throws Exception {
        SimulatedTerminals t = terminals(0, 0, 300);
        t.play(request("b1", PlayRequest.ROUTINE, "T-1"));
        waitFor(() -> kinds("T-1", "b1").contains(Receipt.Kind.PLAYING));
        t.stop("b1", List.of("T-1"));
        Thread.sleep(400);
        assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING), kinds("T-1", "b1"));
        assertEquals(TerminalStatus.State.ONLINE, t.status("T-1").state());
    }

    @Test
    void theProgrammeLastsAsLongAsItsScriptTakesToRead() {
        SimulatedTerminals t = new SimulatedTerminals(timer, new Random(1), Clock.systemUTC(),
                new SimulatedTerminals.Behaviour(1, 1, 0, 0, 4.0, 5000, 60000), context);
        assertEquals(5000, t.playMillis("短"));
        assertEquals(25000, t.playMillis("一".repeat(100)));
        assertEquals(60000, t.playMillis("一".repeat(1000)));
    }
}
