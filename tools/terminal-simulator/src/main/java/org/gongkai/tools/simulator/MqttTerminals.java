package org.gongkai.tools.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The MQTT front end, speaking the MQTT driver's protocol: commands arrive on {@code <prefix>/<id>/cmd} and
 * {@code <prefix>/group/<group>/cmd} (JSON {@code cmd, id, terminals, broadcastId, ...}); receipts go to
 * {@code <prefix>/<id>/receipt} as {@code {broadcastId, kind, at, detail}} and status to {@code <prefix>/<id>/status}
 * as {@code {state, volume, detail}}, all at QoS 1. The terminals share a few client connections with wildcard
 * subscriptions (terminal i uses connection i mod n), so ten thousand terminals do not need ten thousand sockets.
 */
final class MqttTerminals implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Fleet fleet;
    private final String prefix;
    private final List<MqttAsyncClient> clients = new ArrayList<>();
    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();

    MqttTerminals(Fleet fleet) throws MqttException {
        this.fleet = fleet;
        SimulatorConfig c = fleet.config();
        this.prefix = c.topicPrefix().endsWith("/") ? c.topicPrefix().substring(0, c.topicPrefix().length() - 1)
                : c.topicPrefix();
        this.ids = List.copyOf(fleet.ids());
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        String run = Long.toHexString(System.nanoTime());
        for (int i = 0; i < c.mqttClients(); i++) {
            MqttAsyncClient client = new MqttAsyncClient(c.brokerUrl(), "terminal-sim-" + run + "-" + i,
                    new MemoryPersistence());
            client.setCallback(new Handler(i));
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            o.setMaxInflight(65535);
            o.setAutomaticReconnect(true);
            client.connect(o).waitForCompletion(10_000);
            subscribe(client).waitForCompletion(10_000);
            clients.add(client);
        }
        fleet.listen(new Fleet.Listener() {
            @Override
            public void receipt(String terminal, String taskId, String kind, Instant at, String detail) {
                publishReceipt(terminal, taskId, kind, at, detail);
            }

            @Override
            public void status(String terminal, Fleet.Status status) {
                publishStatus(terminal, status.state(), status.volume());
            }
        });
        for (String id : ids) { // OFFLINE for switched-off terminals stands for their last will
            fleet.status(id).ifPresent(s -> publishStatus(id, s.state(), s.volume()));
        }
    }

    private IMqttToken subscribe(MqttAsyncClient client) throws MqttException {
        return client.subscribe(new String[] {prefix + "/+/cmd", prefix + "/group/+/cmd"}, new int[] {1, 1});
    }

    private boolean mine(int client, String terminal) {
        Integer i = index.get(terminal);
        return i != null && i % clients.size() == client;
    }

    private void command(int client, String topic, byte[] payload) {
        JsonNode n;
        try {
            n = JSON.readTree(payload);
        } catch (IOException e) {
            return; // a real terminal ignores garbage too
        }
        if (n == null || !n.isObject() || n.get("terminals") == null) {
            return;
        }
        String cmd = n.path("cmd").asText("");
        boolean group = topic.startsWith(prefix + "/group/");
        String addressed = group ? null : topic.substring(prefix.length() + 1, topic.length() - "/cmd".length());
        for (JsonNode t : n.get("terminals")) {
            String id = t.asText();
            if (!mine(client, id) || (addressed != null && !addressed.equals(id))) {
                continue;
            }
            if (!fleet.receive(id)) {
                continue;
            }
            switch (cmd) {
                case "play" -> {
                    String broadcastId = n.path("broadcastId").asText(null);
                    Instant expires = instant(n.path("expiresAt").asText(null));
                    int priority = n.path("priority").asInt(10);
                    fleet.later(() -> {
                        Fleet.PlayAnswer a = fleet.play(id, broadcastId, priority, expires);
                        if (a.answer() == Fleet.Answer.REFUSED) {
                            Instant now = Instant.now();
                            publishReceipt(id, broadcastId, "ACK", now, "");
                            publishReceipt(id, broadcastId, "FAILED", now, a.detail());
                        }
                    }, fleet.config().ackLatency().toMillis());
                }
                case "stop" -> fleet.stop(id, n.path("broadcastId").asText(""));
                case "volume" -> fleet.volume(id, n.path("value").asInt());
                case "status" -> {
                    fleet.countStatusQuery();
                    fleet.status(id).ifPresent(s -> publishStatus(id, s.state(), s.volume()));
                }
                default -> {
                    // unknown commands are ignored, as the protocol says
                }
            }
        }
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void publishReceipt(String terminal, String broadcastId, String kind, Instant at, String detail) {
        ObjectNode n = JSON.createObjectNode().put("broadcastId", broadcastId).put("kind", kind)
                .put("at", at.toString()).put("detail", detail);
        publish(terminal, prefix + "/" + terminal + "/receipt", n);
    }

    private void publishStatus(String terminal, String state, int volumeStep) {
        int percent = Math.round(volumeStep * 100f / Math.max(1, fleet.config().volumeMax()));
        ObjectNode n = JSON.createObjectNode().put("state", state).put("volume", percent)
                .put("at", Instant.now().toString()).put("detail", "SIM-MQTT-01");
        publish(terminal, prefix + "/" + terminal + "/status", n);
    }

    private void publish(String terminal, String topic, ObjectNode n) {
        MqttAsyncClient c = clients.get(index.getOrDefault(terminal, 0) % clients.size());
        try {
            c.publish(topic, JSON.writeValueAsBytes(n), 1, false);
        } catch (MqttException | IOException | RuntimeException e) {
            System.err.println("terminal-simulator: publish to " + topic + " failed: " + e);
        }
    }

    @Override
    public void close() {
        for (String id : ids) {
            publish(id, prefix + "/" + id + "/status", JSON.createObjectNode().put("state", "OFFLINE")
                    .put("at", Instant.now().toString()));
        }
        for (MqttAsyncClient c : clients) {
            try {
                c.disconnect(2000).waitForCompletion(3000);
            } catch (MqttException e) {
                // closing anyway
            }
            try {
                c.close(true);
            } catch (MqttException e) {
                // closing anyway
            }
        }
    }

    /** Paho's callback: hands commands to the fleet and re-subscribes after an automatic reconnect (clean session). */
    private final class Handler implements MqttCallbackExtended {
        private final int client;

        Handler(int client) {
            this.client = client;
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            if (reconnect) {
                try {
                    subscribe(clients.get(client));
                } catch (MqttException | RuntimeException e) {
                    System.err.println("terminal-simulator: re-subscribe failed: " + e);
                }
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            System.err.println("terminal-simulator: MQTT connection lost, reconnecting: " + cause);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                command(client, topic, message.getPayload());
            } catch (RuntimeException e) {
                System.err.println("terminal-simulator: command on " + topic + " not handled: " + e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
