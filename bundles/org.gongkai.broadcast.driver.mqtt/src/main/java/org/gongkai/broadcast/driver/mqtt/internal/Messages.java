package org.gongkai.broadcast.driver.mqtt.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * The JSON of the protocol. Commands carry {@code cmd} (play, stop, volume, status), a message {@code id}, the
 * {@code terminals} meant (a terminal on a group topic ignores a command that does not name it) and {@code ts}.
 * Receipts: {@code {"broadcastId", "kind": ACK|PLAYING|PLAYED|FAILED, "at"?, "detail"?}}; status:
 * {@code {"state": ONLINE|OFFLINE|BUSY|FAULT, "volume"?: 0-100, "detail"?}} (terminals should set an OFFLINE status
 * as their MQTT last will). Malformed messages from terminals are ignored, never trusted.
 */
final class Messages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    static byte[] play(String messageId, PlayRequest r, List<String> terminals, String mode, Instant now) {
        ObjectNode n = base("play", messageId, terminals, now);
        n.put("broadcastId", r.broadcastId());
        if (r.audioUrl() != null) {
            n.put("audioUrl", r.audioUrl());
        }
        if (r.text() != null) {
            n.put("text", r.text());
        }
        n.put("priority", r.priority());
        if (r.expiresAt() != null) {
            n.put("expiresAt", r.expiresAt().toString());
        }
        n.put("mode", mode);
        return bytes(n);
    }

    static byte[] stop(String messageId, String broadcastId, List<String> terminals, Instant now) {
        ObjectNode n = base("stop", messageId, terminals, now);
        n.put("broadcastId", broadcastId);
        return bytes(n);
    }

    static byte[] volume(String messageId, String terminal, int value, Instant now) {
        ObjectNode n = base("volume", messageId, List.of(terminal), now);
        n.put("value", value);
        return bytes(n);
    }

    static byte[] statusQuery(String messageId, String terminal, Instant now) {
        return bytes(base("status", messageId, List.of(terminal), now));
    }

    static Optional<Receipt> receipt(String terminal, byte[] payload, Instant received) {
        return tree(payload).flatMap(n -> {
            String broadcastId = text(n, "broadcastId");
            String kind = text(n, "kind");
            if (broadcastId == null || kind == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Receipt(terminal, broadcastId, Receipt.Kind.valueOf(kind),
                        time(n, received), text(n, "detail")));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<TerminalStatus> status(String terminal, byte[] payload, Instant received) {
        return tree(payload).flatMap(n -> {
            String state = text(n, "state");
            if (state == null) {
                return Optional.empty();
            }
            try {
                JsonNode v = n.get("volume");
                Integer volume = v != null && v.canConvertToInt() && v.asInt() >= 0 && v.asInt() <= 100 ? v.asInt()
                        : null;
                return Optional.of(new TerminalStatus(terminal, TerminalStatus.State.valueOf(state), volume,
                        time(n, received), text(n, "detail")));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static ObjectNode base(String cmd, String messageId, List<String> terminals, Instant now) {
        ObjectNode n = JSON.createObjectNode();
        n.put("cmd", cmd);
        n.put("id", messageId);
        terminals.forEach(n.putArray("terminals")::add);
        n.put("ts", now.toString());
        return n;
    }

    private static Optional<JsonNode> tree(byte[] payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static Instant time(JsonNode n, Instant fallback) {
        String at = text(n, "at");
        if (at == null) {
            return fallback;
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static byte[] bytes(ObjectNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
