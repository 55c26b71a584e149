package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver against an in-memory device, driven the way the Gongkai core drives it. */
class VendorSpeakerDriverTest {
    private final FakeDevice device = new FakeDevice("10.0.0.7", 6000, "s3cret");
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final List<TerminalStatus> statuses = new CopyOnWriteArrayList<>();
    /** Records what the driver reports, as the core's context would (thread-safe, returns at once). */
    private final DriverContext context = new DriverContext() {
        @Override
        public void receipt(Receipt receipt) {
            receipts.add(receipt);
        }

        @Override
        public void statusChanged(TerminalStatus status) {
            statuses.add(status);
        }
    };
    private VendorSpeakerDriver driver;

    @BeforeEach
    void open() {
        driver = new VendorSpeakerDriver(new VendorSpeakerDriver.Settings(Duration.ofSeconds(1),
                Duration.ofMillis(300), 2, 100), device);
        driver.open(context);
    }

    @AfterEach
    void close() {
        device.close();
        driver.deactivate();
    }

    private TerminalBinding terminal(String id, String token) {
        return new TerminalBinding(id, Map.of(VendorSpeakerDriver.HOST, device.host, VendorSpeakerDriver.PORT,
                String.valueOf(device.port), VendorSpeakerDriver.TOKEN, token));
    }

    private static PlayRequest programme(String broadcastId, int priority, TerminalBinding... terminals) {
        return new PlayRequest(broadcastId, List.of(terminals), null, "明天上午九点村委会开会", priority,
                Instant.now().plusSeconds(600));
    }

    private List<Receipt.Kind> kinds(String terminalId, String broadcastId) {
        return receipts.stream().filter(r -> r.terminalId().equals(terminalId) && r.broadcastId().equals(broadcastId))
                .map(Receipt::kind).toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(5);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                fail("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }

    private static Throwable failureOf(CompletableFuture<?> f) {
        try {
            f.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    @Test
    void aProgrammeIsPlayedAndTheReceiptsArriveThroughTheContext() throws Exception {
        CompletableFuture<Void> sent = driver.play(programme("b-1", PlayRequest.ROUTINE, terminal("T-1", "s3cret"),
                terminal("T-2", "s3cret"))).toCompletableFuture();

        sent.get(2, TimeUnit.SECONDS);
        await(() -> kinds("T-1", "b-1").size() == 3 && kinds("T-2", "b-1").size() == 3);
        List<Receipt.Kind> played = List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED);
        assertEquals(played, kinds("T-1", "b-1"));
        assertEquals(played, kinds("T-2", "b-1"));
        assertEquals(1, device.connections.get(), "terminals behind one device share its connection");
    }

    @Test
    void theDeviceGetsThePriorityAndExpirySoThatAnEmergencyCanInterrupt() throws Exception {
        PlayRequest red = programme("e-1", PlayRequest.emergencyPriority(1), terminal("T-1", "s3cret"));
        driver.play(red).toCompletableFuture().get(2, TimeUnit.SECONDS);

        assertEquals(1, device.programmes.size());
        assertEquals(254, device.programmes.get(0).priority());
        assertEquals(red.expiresAt(), device.programmes.get(0).expiresAt());
    }

    @Test
    void aRefusedTokenFailsTheCommandAndNoReceiptIsMadeUp() throws Exception {
        CompletableFuture<Void> sent = driver.play(programme("b-2", PlayRequest.ROUTINE, terminal("T-1", "wrong")))
                .toCompletableFuture();

        Throwable failure = failureOf(sent);
        assertTrue(failure != null && failure.getMessage().contains("login refused"), String.valueOf(failure));
        Thread.sleep(60);
        assertEquals(List.of(), receipts);
    }

    @Test
    void aDeviceThatStopsAnsweringFailsTheCommandAfterTheTimeoutWithoutBlockingTheCaller() {
        device.hang();
        long start = System.nanoTime();
        CompletableFuture<Void> sent = driver.play(programme("b-3", PlayRequest.ROUTINE, terminal("T-1", "s3cret")))
                .toCompletableFuture();
        long returnedAfterMillis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(returnedAfterMillis < 100, "play() returned after " + returnedAfterMillis + " ms");
        assertFalse(sent.isDone());
        assertInstanceOf(TimeoutException.class, failureOf(sent));
    }

    @Test
    void aDroppedConnectionIsReopenedForTheNextCommand() throws Exception {
        driver.setVolume(terminal("T-1", "s3cret"), 40).toCompletableFuture().get(2, TimeUnit.SECONDS);
        device.dropNextCall();

        Throwable failure = failureOf(driver.setVolume(terminal("T-1", "s3cret"), 50).toCompletableFuture());
        assertTrue(failure != null && failure.getMessage().contains("reset"), String.valueOf(failure));
        driver.setVolume(terminal("T-1", "s3cret"), 60).toCompletableFuture().get(2, TimeUnit.SECONDS);

        assertEquals(60, device.volumes.get("T-1"));
        assertEquals(2, device.connections.get());
    }

    @Test
    void statusIsUnknownUntilTheDeviceReportsAndThenTheReportedOne() throws Exception {
        driver.setVolume(terminal("T-1", "s3cret"), 70).toCompletableFuture().get(2, TimeUnit.SECONDS);

        TerminalStatus first = driver.status(terminal("T-1", "s3cret")).toCompletableFuture().get(2, TimeUnit.SECONDS);
        assertEquals(TerminalStatus.State.UNKNOWN, first.state());
        await(() -> !statuses.isEmpty());
        TerminalStatus second = driver.status(terminal("T-1", "s3cret")).toCompletableFuture().get(2, TimeUnit.SECONDS);
        assertEquals(TerminalStatus.State.ONLINE, second.state());
        assertEquals(70, second.volumePercent());
    }

    @Test
    void afterCloseTheDriverReportsNothingAndConnectsAgainWhenReopened() throws Exception {
        driver.close();
        Thread.sleep(20);
        assertTrue(failureOf(driver.play(programme("b-4", PlayRequest.ROUTINE, terminal("T-1", "s3cret")))
                .toCompletableFuture()) != null, "a closed driver refuses commands");

        driver.open(context);
        driver.play(programme("b-5", PlayRequest.ROUTINE, terminal("T-1", "s3cret"))).toCompletableFuture()
                .get(2, TimeUnit.SECONDS);
        await(() -> kinds("T-1", "b-5").contains(Receipt.Kind.PLAYED));
        assertEquals(List.of(), kinds("T-1", "b-4"));
    }

    @Test
    void theTerminalFormAsksForHostPortAndASecretToken() {
        Map<String, SettingDescriptor> byName = new java.util.HashMap<>();
        driver.settings().forEach(s -> byName.put(s.name(), s));

        assertEquals(SettingDescriptor.Type.STRING, byName.get("host").type());
        assertTrue(byName.get("host").required());
        assertEquals(SettingDescriptor.Type.INT, byName.get("port").type());
        assertEquals(SettingDescriptor.Type.SECRET, byName.get("token").type());
        assertNull(byName.get("token").defaultValue(), "a secret has no default");
        assertTrue(driver.id().matches("[a-z0-9][a-z0-9-]{0,62}"), "the core ignores a driver with a bad id");
    }
}
