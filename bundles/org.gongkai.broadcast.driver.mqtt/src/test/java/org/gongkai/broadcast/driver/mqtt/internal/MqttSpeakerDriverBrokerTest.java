package org.gongkai.broadcast.driver.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the real local Mosquitto broker (127.0.0.1:1883, or {@code -Dgongkai.test.mqtt=tcp://...}): a
 * simulated terminal subscribes like a real one, answers play commands with ACK and PLAYED receipts, and the test
 * checks what the driver reports. Terminal ids are random per run, so parallel runs on one broker do not mix.
 */
class MqttSpeakerDriverBrokerTest {
    private static final String BROKER = System.getProperty("gongkai.test.mqtt", "tcp://127.0.0.1:1883");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String t1 = "T1-" + run;
    private final String t2 = "T2-" + run;
    private final String t3 = "T3-" + run;
    private final String group = "g-" + run;
    private final BlockingQueue<Receipt> receipts = new LinkedBlockingQueue<>();
    private final BlockingQueue<TerminalStatus> statuses = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
    private final List<MqttSpeakerDriver> drivers = new ArrayList<>();
    private MqttAsyncClient terminal;

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

    private MqttSettings settings(String url, String clientId) {
        return new MqttSettings(url, clientId, "", "", "gongkai/bc", 1, true, 30, 5, 4096, Duration.ofMillis(100),
                Duration.ofMillis(400));
    }

    private MqttSpeakerDriver driver(String url, String clientId) {
        MqttSpeakerDriver d = new MqttSpeakerDriver(settings(url, clientId), Clock.systemUTC());
        drivers.add(d);
        d.open(context);
        return d;
    }

    private static void await(MqttSpeakerDriver d) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!d.connected() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(d.connected(), "driver did not connect to " + BROKER + " — is Mosquitto running?");
        Thread.sleep(200); // the subscription is acknowledged right after the connection
    }

    /** A terminal simulator for t1, t2 and t3: answers every play command naming one of them with ACK, PLAYED. */
    @BeforeEach
    void startTerminal() throws Exception {
        terminal = new MqttAsyncClient(BROKER, "sim-" + run, new MemoryPersistence());
        terminal.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                String body = new String(message.getPayload(), StandardCharsets.UTF_8);
                commands.add(topic + " " + body);
                JsonNode cmd = JSON.readTree(body);
                if (!"play".equals(cmd.get("cmd").asText())) {
                    return;
                }
                for (JsonNode id : cmd.get("terminals")) {
                    for (String kind : List.of("ACK", "PLAYED")) {
                        String receipt = "{\"broadcastId\":\"" + cmd.get("broadcastId").asText() + "\",\"kind\":\""
                                + kind + "\",\"detail\":\"sim\"}";
                        terminal.publish("gongkai/bc/" + id.asText() + "/receipt",
                                receipt.getBytes(StandardCharsets.UTF_8), 1, false);
                    }
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        terminal.connect(o).waitForCompletion(5000);
        terminal.subscribe(new String[] {"gongkai/bc/" + t1 + "/cmd", "gongkai/bc/group/" + group + "/cmd"},
                new int[] {1, 1}).waitForCompletion(5000);
    }

    @AfterEach
    void stop() throws Exception {
        drivers.forEach(MqttSpeakerDriver::deactivate);
        if (terminal.isConnected()) {
            terminal.disconnect().waitForCompletion(2000);
        }
        terminal.close();
    }

    private Receipt nextReceipt() throws InterruptedException {
        Receipt r = receipts.poll(5, TimeUnit.SECONDS);
        assertNotNull(r, "no receipt within 5 s");
        return r;
    }

    @Test
    void aTerminalReceivesThePlayCommandAndItsReceiptsReachTheCore() throws Exception {
        MqttSpeakerDriver d = driver(BROKER, "core-" + run);
        await(d);
        d.play(new PlayRequest("b-" + run, List.of(new TerminalBinding(t1, Map.of("playback", "download"))), null,
                "今晚七点村委会开会", PlayRequest.ROUTINE, null)).toCompletableFuture().get(5, TimeUnit.SECONDS);

        String command = commands.poll(5, TimeUnit.SECONDS);
        assertNotNull(command);
        assertTrue(command.startsWith("gongkai/bc/" + t1 + "/cmd "), command);
        JsonNode n = JSON.readTree(command.substring(command.indexOf(' ') + 1));
        assertEquals("今晚七点村委会开会", n.get("text").asText());
        assertEquals("download", n.get("mode").asText());
        assertEquals(10, n.get("priority").asInt());

        Receipt ack = nextReceipt();
        Receipt played = nextReceipt();
        assertEquals(List.of(t1, "b-" + run, Receipt.Kind.ACK, "sim"), List.of(ack.terminalId(), ack.broadcastId(),
                ack.kind(), ack.detail()));
        assertEquals(Receipt.Kind.PLAYED, played.kind());
        assertEquals(t1, played.terminalId());
    }

    @Test
    void groupedTerminalsGetOneCommandOnTheGroupTopicAndEachAnswers() throws Exception {
        MqttSpeakerDriver d = driver(BROKER, "core-" + run);
        await(d);
        d.play(new PlayRequest("bg-" + run, List.of(new TerminalBinding(t2, Map.of("group", group)),
                new TerminalBinding(t3, Map.of("group", group))), "https://cdn.example/a.mp3", null,
                PlayRequest.emergencyPriority(1), null)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        String command = commands.poll(5, TimeUnit.SECONDS);
        assertTrue(command.startsWith("gongkai/bc/group/" + group + "/cmd "), command);
        assertTrue(command.contains("\"terminals\":[\"" + t2 + "\",\"" + t3 + "\"]"), command);
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Receipt r = nextReceipt();
            got.add(r.terminalId() + ":" + r.kind());
        }
        assertTrue(got.containsAll(List.of(t2 + ":ACK", t2 + ":PLAYED", t3 + ":ACK", t3 + ":PLAYED")), got.toString());
        assertNull(commands.poll(300, TimeUnit.MILLISECONDS), "only one command for the group");
    }

    @Test
    void statusReportsAreCachedAndForwarded() throws Exception {
        MqttSpeakerDriver d = driver(BROKER, "core-" + run);
        await(d);
        assertEquals(TerminalStatus.State.UNKNOWN, d.status(new TerminalBinding(t1, Map.of())).toCompletableFuture()
                .get().state());
        terminal.publish("gongkai/bc/" + t1 + "/status", "{\"state\":\"ONLINE\",\"volume\":60}"
                .getBytes(StandardCharsets.UTF_8), 1, false);
        TerminalStatus s = statuses.poll(5, TimeUnit.SECONDS);
        assertNotNull(s);
        assertEquals(TerminalStatus.State.ONLINE, s.state());
        TerminalStatus cached = d.status(new TerminalBinding(t1, Map.of())).toCompletableFuture().get();
        assertEquals(60, cached.volumePercent());
    }

    @Test
    void volumeIsScaledToTheTerminalsSteps() throws Exception {
        MqttSpeakerDriver d = driver(BROKER, "core-" + run);
        await(d);
        d.setVolume(new TerminalBinding(t1, Map.of("volumeMax", "31")), 50).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        String command = commands.poll(5, TimeUnit.SECONDS);
        assertTrue(command.contains("\"cmd\":\"volume\"") && command.contains("\"value\":16"), command);
    }

    @Test
    void withoutABrokerCommandsFailAtOnceWhileTheDriverKeepsRetryingWithBackoff() throws Exception {
        MqttSpeakerDriver d = driver("tcp://127.0.0.1:1", "nobroker-" + run);
        long t0 = System.nanoTime();
        ExecutionException e = assertThrows(ExecutionException.class, () -> d.play(new PlayRequest("b", List.of(
                new TerminalBinding(t1, Map.of())), null, "x", 10, null)).toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 500);
        assertTrue(e.getCause().getMessage().contains("not connected"), e.getCause().getMessage());
        Thread.sleep(1500); // delays 100, 200, 400, 400 … ms: at least 4 attempts, far fewer than without back-off
        int attempts = d.connectAttempts();
        assertTrue(attempts >= 4 && attempts <= 8, "attempts: " + attempts);
    }

    @Test
    void afterLosingTheConnectionTheDriverReconnectsAndResubscribes() throws Exception {
        MqttSpeakerDriver d = driver(BROKER, "core-" + run);
        await(d);
        int before = d.connectAttempts();
        // a client with the same id takes the session over: the broker drops the driver's connection
        MqttAsyncClient thief = new MqttAsyncClient(BROKER, "core-" + run, new MemoryPersistence());
        thief.connect().waitForCompletion(5000);
        thief.disconnect().waitForCompletion(5000);
        thief.close();
        long deadline = System.currentTimeMillis() + 5000;
        while ((d.connectAttempts() == before || !d.connected()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(d.connectAttempts() > before, "no reconnect attempt");
        await(d);
        d.play(new PlayRequest("again-" + run, List.of(new TerminalBinding(t1, Map.of())), null, "再次播放",
                PlayRequest.ROUTINE, null)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals("again-" + run, nextReceipt().broadcastId());
    }
}
