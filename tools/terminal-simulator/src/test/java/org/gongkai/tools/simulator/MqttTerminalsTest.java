package org.gongkai.tools.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MQTT front end against the local Mosquitto (127.0.0.1:1883, or {@code -Dgongkai.test.mqtt=...}): a client in
 * the platform's place publishes commands in the MQTT driver's format and reads the receipts. The topic prefix is
 * random per run, so parallel runs on one broker do not mix.
 */
class MqttTerminalsTest {
    private static final String BROKER = System.getProperty("gongkai.test.mqtt", "tcp://127.0.0.1:1883");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String prefix = "simtest/" + UUID.randomUUID().toString().substring(0, 8);
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private MqttAsyncClient platform;

    @BeforeEach
    void connectPlatform() throws Exception {
        platform = new MqttAsyncClient(BROKER, "platform-" + UUID.randomUUID(), new MemoryPersistence());
        platform.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage m) {
                received.add(topic + " " + new String(m.getPayload(), StandardCharsets.UTF_8));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        platform.connect().waitForCompletion(5000);
        platform.subscribe(new String[] {prefix + "/+/receipt", prefix + "/+/status"}, new int[] {1, 1})
                .waitForCompletion(5000);
    }

    @AfterEach
    void disconnect() throws Exception {
        platform.disconnect().waitForCompletion(3000);
        platform.close();
    }

    private SimulatorConfig config() {
        return SimulatorConfig.defaults(SimulatorConfig.Mode.MQTT).withTerminals(4, "M%d")
                .withTiming(Duration.ofMillis(10), Duration.ofMillis(200)).withMqtt(BROKER, prefix, 2);
    }

    private void send(String topic, String json) throws Exception {
        platform.publish(prefix + "/" + topic, json.getBytes(StandardCharsets.UTF_8), 1, false).waitForCompletion(3000);
    }

    /** The next message on the topic, skipping others; null after the timeout. */
    private JsonNode next(String topic, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            String m = received.poll(end - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (m != null && m.startsWith(prefix + "/" + topic + " ")) {
                return JSON.readTree(m.substring(m.indexOf(' ') + 1));
            }
        }
        return null;
    }

    @Test
    void groupPlayIsAcknowledgedPlayingAndPlayedByEachNamedTerminal() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config().withOffline(Set.of("M3")))) {
            assertEquals("ONLINE", next("M1/status", 3000).get("state").asText());
            assertEquals("OFFLINE", next("M3/status", 3000).get("state").asText());
            send("group/g1/cmd", "{\"cmd\":\"play\",\"id\":\"m1\",\"terminals\":[\"M1\",\"M2\",\"M3\"],"
                    + "\"broadcastId\":\"B1\",\"text\":\"通知\",\"priority\":10,\"mode\":\"stream\"}");
            // M2 is served by the second connection: the receipts still come under its own topic
            for (String kind : new String[] {"ACK", "PLAYING", "PLAYED"}) {
                JsonNode r = next("M2/receipt", 3000);
                assertNotNull(r, "no " + kind + " receipt");
                assertEquals(kind, r.get("kind").asText());
                assertEquals("B1", r.get("broadcastId").asText());
            }
            assertNull(next("M3/receipt", 300), "a switched-off terminal answered");
            assertEquals(3, sim.stats().commands());
            assertEquals(1, sim.stats().toOffline());
            assertEquals(2, sim.stats().played());
            sim.fleet().setOffline("M3", false);
            assertEquals("ONLINE", next("M3/status", 3000).get("state").asText(), "a terminal back on says so");
        }
    }

    @Test
    void failedPlaybackAndStatusQueryAreReported() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config().withFailures(0, 1, 3))) {
            send("M4/cmd", "{\"cmd\":\"play\",\"id\":\"m2\",\"terminals\":[\"M4\"],\"broadcastId\":\"B2\","
                    + "\"audioUrl\":\"http://x/a.mp3\",\"priority\":10}");
            JsonNode r;
            do {
                r = next("M4/receipt", 3000);
                assertNotNull(r, "no FAILED receipt");
            } while (!"FAILED".equals(r.get("kind").asText()));
            send("M4/cmd", "{\"cmd\":\"volume\",\"id\":\"m3\",\"terminals\":[\"M4\"],\"value\":30}");
            JsonNode s;
            do {
                s = next("M4/status", 3000);
                assertNotNull(s, "no status with the new volume");
            } while (s.get("volume").asInt() != 30);
        }
    }
}
