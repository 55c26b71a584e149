package org.gongkai.tools.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.driver.mqtt.internal.MqttSpeakerDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.Test;

/**
 * The simulator's MQTT mode against the real MQTT driver through the local Mosquitto: proves the simulator speaks
 * the driver's protocol (topics, JSON, group commands), not just the test's idea of it.
 */
class MqttDriverInteropTest {
    private static final String BROKER = System.getProperty("gongkai.test.mqtt", "tcp://127.0.0.1:1883");

    @Test
    void driverGetsAckPlayingPlayedFromSimulatedTerminalsOfAGroupAndTheirStatus() throws Exception {
        String prefix = "interop/" + UUID.randomUUID().toString().substring(0, 8);
        List<Receipt> receipts = new CopyOnWriteArrayList<>();
        List<TerminalStatus> statuses = new CopyOnWriteArrayList<>();
        MqttSpeakerDriver driver = new MqttSpeakerDriver(config(prefix));
        try (TerminalSimulator sim = TerminalSimulator.start(SimulatorConfig.defaults(SimulatorConfig.Mode.MQTT)
                .withTerminals(3, "V%d").withTiming(Duration.ofMillis(10), Duration.ofMillis(200))
                .withMqtt(BROKER, prefix, 1).withOffline(Set.of("V3")))) {
            driver.open(new DriverContext() {
                @Override
                public void receipt(Receipt r) {
                    receipts.add(r);
                }

                @Override
                public void statusChanged(TerminalStatus s) {
                    statuses.add(s);
                }
            });
            List<TerminalBinding> group = List.of("V1", "V2", "V3").stream().map(id -> new TerminalBinding(id,
                    Map.of("group", "g1", "volumeMax", "100", "playback", "stream"))).toList();
            long end = System.currentTimeMillis() + 10_000;
            while (true) { // the driver connects in the background
                try {
                    driver.play(new PlayRequest("B1", group, null, "通知", PlayRequest.ROUTINE, null))
                            .toCompletableFuture().get(2, TimeUnit.SECONDS);
                    break;
                } catch (Exception e) {
                    assertTrue(System.currentTimeMillis() < end, "driver never connected: " + e);
                    Thread.sleep(200);
                }
            }
            while (receipts.stream().filter(r -> r.kind() == Receipt.Kind.PLAYED).count() < 2
                    && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            for (String id : List.of("V1", "V2")) {
                assertEquals(List.of(Receipt.Kind.ACK, Receipt.Kind.PLAYING, Receipt.Kind.PLAYED), receipts.stream()
                        .filter(r -> r.terminalId().equals(id)).map(Receipt::kind).toList(), id);
            }
            assertTrue(receipts.stream().noneMatch(r -> r.terminalId().equals("V3")), "switched-off V3 answered");
            driver.setVolume(group.get(0), 40).toCompletableFuture().get(2, TimeUnit.SECONDS);
            while (statuses.stream().noneMatch(s -> s.terminalId().equals("V1") && Integer.valueOf(40).equals(
                    s.volumePercent())) && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertTrue(statuses.stream().anyMatch(s -> s.terminalId().equals("V1") && Integer.valueOf(40).equals(
                    s.volumePercent())), "volume change not reported back: " + statuses);
        } finally {
            driver.close();
            var deactivate = MqttSpeakerDriver.class.getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(driver);
        }
    }

    /** The driver's typed configuration, with a fresh client id and the test's prefix. */
    private static MqttSpeakerDriver.Config config(String prefix) {
        return new MqttSpeakerDriver.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MqttSpeakerDriver.Config.class;
            }

            @Override
            public String brokerUrl() {
                return BROKER;
            }

            @Override
            public String clientId() {
                return "interop-" + prefix.substring(prefix.indexOf('/') + 1);
            }

            @Override
            public String username() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public String topicPrefix() {
                return prefix;
            }

            @Override
            public int qos() {
                return 1;
            }

            @Override
            public boolean cleanSession() {
                return true;
            }

            @Override
            public int keepAliveSeconds() {
                return 30;
            }

            @Override
            public int connectTimeoutSeconds() {
                return 5;
            }

            @Override
            public int maxInflight() {
                return 100;
            }

            @Override
            public long minReconnectDelayMillis() {
                return 100;
            }

            @Override
            public long maxReconnectDelayMillis() {
                return 400;
            }
        };
    }
}
