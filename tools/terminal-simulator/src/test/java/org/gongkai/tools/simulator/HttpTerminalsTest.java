package org.gongkai.tools.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HTTP front end as the driver sees it: real requests to the embedded server. */
class HttpTerminalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SimulatorConfig config() {
        return SimulatorConfig.defaults(SimulatorConfig.Mode.HTTP).withTerminals(3, "T%02d")
                .withTiming(Duration.ofMillis(10), Duration.ofMillis(300));
    }

    private HttpResponse<String> call(TerminalSimulator sim, String id, String method, String path, String body,
            String token, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl(id) + path)).timeout(timeout)
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(TerminalSimulator sim, String id, String method, String path, String body)
            throws Exception {
        return call(sim, id, method, path, body, sim.token(id), Duration.ofSeconds(5));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void playIsAcknowledgedThenPlayedAndReportedByTaskState() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config())) {
            HttpResponse<String> r = call(sim, "T01", "POST", "/play",
                    "{\"taskId\":\"b1\",\"audioUrl\":\"http://x/a.mp3\",\"priority\":10}");
            assertEquals(200, r.statusCode());
            assertEquals(0, json(r).get("code").asInt());
            assertEquals("PLAYING", json(call(sim, "T01", "GET", "/tasks/b1", null)).at("/data/state").asText());
            assertEquals("BUSY", json(call(sim, "T01", "GET", "/status", null)).at("/data/state").asText());
            Thread.sleep(600);
            assertEquals("PLAYED", json(call(sim, "T01", "GET", "/tasks/b1", null)).at("/data/state").asText());
            assertEquals("ONLINE", json(call(sim, "T01", "GET", "/status", null)).at("/data/state").asText());
            assertEquals(1, sim.stats().acks());
            assertEquals(1, sim.stats().played());
        }
    }

    @Test
    void wrongTokenIsRefusedWith401() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config())) {
            HttpResponse<String> r = call(sim, "T01", "GET", "/status", null, "token-T02", Duration.ofSeconds(5));
            assertEquals(401, r.statusCode());
            assertEquals(1, sim.stats().rejectedAuth());
        }
    }

    @Test
    void switchedOffTerminalDropsTheConnectionAndComesBack() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config().withOffline(Set.of("T02")))) {
            assertThrows(IOException.class, () -> call(sim, "T02", "GET", "/status", null));
            assertEquals(200, call(sim, "T01", "GET", "/status", null).statusCode());
            sim.fleet().setOffline("T02", false);
            assertEquals(200, call(sim, "T02", "GET", "/status", null).statusCode());
            // the JDK client retries an idempotent GET once when the connection closes without an answer
            assertTrue(sim.stats().toOffline() >= 1);
        }
    }

    @Test
    void hungTerminalNeverAnswersButOthersDo() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config())) {
            sim.fleet().setHung("T03", true);
            assertThrows(HttpTimeoutException.class, () -> call(sim, "T03", "GET", "/status", null, sim.token("T03"),
                    Duration.ofMillis(300)));
            assertEquals(200, call(sim, "T01", "GET", "/status", null).statusCode());
        }
    }

    @Test
    void failureRateEndsAcknowledgedPlaysFailed() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config().withFailures(0, 1, 7))) {
            assertEquals(0, json(call(sim, "T01", "POST", "/play", "{\"taskId\":\"b2\",\"text\":\"通知\"}"))
                    .get("code").asInt());
            Thread.sleep(400);
            JsonNode task = json(call(sim, "T01", "GET", "/tasks/b2", null)).get("data");
            assertEquals("FAILED", task.get("state").asText());
            assertTrue(task.get("detail").asText().contains("simulated fault"));
        }
    }

    @Test
    void noAckRateLeavesThePlayRequestUnanswered() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config().withFailures(1, 0, 7))) {
            assertThrows(HttpTimeoutException.class, () -> call(sim, "T01", "POST", "/play",
                    "{\"taskId\":\"b3\",\"text\":\"x\"}", sim.token("T01"), Duration.ofMillis(400)));
            assertEquals(1, sim.stats().noAcks());
            assertEquals(0, sim.stats().acks());
        }
    }

    @Test
    void lowerPriorityIsRefusedWhileAnEmergencyPlays() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config())) {
            call(sim, "T01", "POST", "/play", "{\"taskId\":\"e1\",\"text\":\"x\",\"priority\":254}");
            JsonNode r = json(call(sim, "T01", "POST", "/play", "{\"taskId\":\"r1\",\"text\":\"y\",\"priority\":10}"));
            assertEquals(409, r.get("code").asInt());
            assertTrue(r.get("msg").asText().startsWith("busy"));
        }
    }

    @Test
    void stopEndsTheTaskAndVolumeIsKept() throws Exception {
        try (TerminalSimulator sim = TerminalSimulator.start(config())) {
            call(sim, "T01", "POST", "/play", "{\"taskId\":\"b4\",\"text\":\"x\"}");
            assertEquals(0, json(call(sim, "T01", "POST", "/stop", "{\"taskId\":\"b4\"}")).get("code").asInt());
            assertEquals("STOPPED", json(call(sim, "T01", "GET", "/tasks/b4", null)).at("/data/state").asText());
            call(sim, "T01", "POST", "/volume", "{\"volume\":77}");
            assertEquals(77, json(call(sim, "T01", "GET", "/status", null)).at("/data/volume").asInt());
            assertEquals(404, call(sim, "T01", "GET", "/tasks/nope", null).statusCode());
        }
    }
}
