package org.gongkai.broadcast.driver.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.junit.jupiter.api.Test;

/** Back-off, topics and the JSON messages, without a broker. */
class ProtocolTest {
    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void backoffDoublesUpToTheCapAndStartsOverAfterSuccess() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(700));
        assertEquals(List.of(100L, 200L, 400L, 700L, 700L), List.of(b.next(), b.next(), b.next(), b.next(), b.next())
                .stream().map(Duration::toMillis).toList());
        b.reset();
        assertEquals(Duration.ofMillis(100), b.next());
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void topicsFollowTheLayoutAndRejectWildcardsInIds() {
        Topics t = new Topics("gongkai/bc");
        assertEquals("gongkai/bc/T-1/cmd", t.command("T-1"));
        assertEquals("gongkai/bc/group/daxu/cmd", t.groupCommand("daxu"));
        assertEquals("gongkai/bc/+/receipt", t.receipts());
        assertEquals(List.of("T-1", "receipt"), List.of(t.parse("gongkai/bc/T-1/receipt").orElseThrow()));
        assertEquals(List.of("T-1", "status"), List.of(t.parse("gongkai/bc/T-1/status").orElseThrow()));
        assertTrue(t.parse("gongkai/bc/T-1/cmd").isEmpty());
        assertTrue(t.parse("other/T-1/receipt").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> t.command("a/b"));
        assertThrows(IllegalArgumentException.class, () -> t.command("#"));
        assertFalse(Topics.valid("a b"));
    }

    @Test
    void playCommandCarriesWhatTheTerminalNeeds() throws Exception {
        PlayRequest r = new PlayRequest("b-7", List.of(new TerminalBinding("T-1", Map.of())), "https://x/a.mp3",
                "村委会通知", PlayRequest.emergencyPriority(2), NOW.plusSeconds(3600));
        JsonNode n = new ObjectMapper().readTree(Messages.play("m-1", r, List.of("T-1", "T-2"), "download", NOW));
        assertEquals("play", n.get("cmd").asText());
        assertEquals("m-1", n.get("id").asText());
        assertEquals("b-7", n.get("broadcastId").asText());
        assertEquals("https://x/a.mp3", n.get("audioUrl").asText());
        assertEquals("村委会通知", n.get("text").asText());
        assertEquals(253, n.get("priority").asInt());
        assertEquals("2026-07-01T03:00:00Z", n.get("expiresAt").asText());
        assertEquals("download", n.get("mode").asText());
        assertEquals("[\"T-1\",\"T-2\"]", n.get("terminals").toString());
        assertEquals("2026-07-01T02:00:00Z", n.get("ts").asText());
    }

    @Test
    void receiptsAndStatusAreParsedAndMalformedOnesIgnored() {
        assertEquals(new Receipt("T-1", "b-7", Receipt.Kind.PLAYED, Instant.parse("2026-07-01T02:00:05Z"), "ok"),
                Messages.receipt("T-1", utf8("{\"broadcastId\":\"b-7\",\"kind\":\"PLAYED\",\"at\":"
                        + "\"2026-07-01T02:00:05Z\",\"detail\":\"ok\"}"), NOW).orElseThrow());
        assertEquals(NOW, Messages.receipt("T-1", utf8("{\"broadcastId\":\"b\",\"kind\":\"ACK\",\"at\":\"soon\"}"), NOW)
                .orElseThrow().at());
        assertTrue(Messages.receipt("T-1", utf8("{\"broadcastId\":\"b\",\"kind\":\"DONE\"}"), NOW).isEmpty());
        assertTrue(Messages.receipt("T-1", utf8("{\"kind\":\"ACK\"}"), NOW).isEmpty());
        assertTrue(Messages.receipt("T-1", utf8("not json"), NOW).isEmpty());
        assertTrue(Messages.receipt("T-1", utf8("[1]"), NOW).isEmpty());

        TerminalStatus s = Messages.status("T-1", utf8("{\"state\":\"BUSY\",\"volume\":60}"), NOW).orElseThrow();
        assertEquals(TerminalStatus.State.BUSY, s.state());
        assertEquals(60, s.volumePercent());
        assertEquals(null, Messages.status("T-1", utf8("{\"state\":\"ONLINE\",\"volume\":900}"), NOW).orElseThrow()
                .volumePercent());
        assertTrue(Messages.status("T-1", utf8("{\"state\":\"ASLEEP\"}"), NOW).isEmpty());
    }
}
