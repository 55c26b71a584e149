package org.gongkai.broadcast.driver.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * The terminal's HTTP/JSON protocol (docs/broadcast-http-protocol.md): requests to {@code <baseUrl>/play|stop|volume}
 * (POST) and {@code <baseUrl>/status|tasks/<taskId>} (GET) with {@code Authorization: Bearer <token>}, answers in the
 * envelope {@code {"code":0,"msg":"ok","data":{...}}} that Chinese IP-speaker vendors commonly use. Every call is
 * asynchronous and bounded by the terminal's timeout; what comes back from a terminal is parsed defensively.
 */
final class TerminalApi {
    static final String BASE_URL = "baseUrl";
    static final String TOKEN = "token";
    static final String TIMEOUT = "timeoutMillis";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A terminal's answer: the HTTP status, the envelope's code and message, and its data (null when absent). */
    record Reply(int http, int code, String msg, JsonNode data) {
        boolean ok() {
            return http == 200 && code == 0;
        }

        /** 5xx: the device's web server is up but its service is not; treated like no answer. */
        boolean serverError() {
            return http >= 500;
        }

        String describe() {
            return (http == 401 || http == 403 ? "token rejected / 令牌无效" : "terminal refused") + " (HTTP " + http
                    + ", code " + code + (msg.isEmpty() ? "" : ": " + msg) + ")";
        }
    }

    /** The call could not be made at all: bad base URL in the terminal's settings. */
    static final class BadSettingsException extends IllegalArgumentException {
        BadSettingsException(String m) {
            super(m);
        }
    }

    private final HttpClient client;
    private final int defaultTimeoutMillis;

    TerminalApi(HttpClient client, int defaultTimeoutMillis) {
        this.client = client;
        this.defaultTimeoutMillis = defaultTimeoutMillis;
    }

    CompletableFuture<Reply> play(TerminalBinding t, PlayRequest r, String mode) {
        ObjectNode b = JSON.createObjectNode().put("taskId", r.broadcastId());
        if (r.audioUrl() != null) {
            b.put("audioUrl", r.audioUrl());
        }
        if (r.text() != null) {
            b.put("text", r.text());
        }
        b.put("priority", r.priority());
        if (r.expiresAt() != null) {
            b.put("expiresAt", r.expiresAt().toString());
        }
        b.put("mode", mode);
        return call(t, "POST", "/play", b);
    }

    CompletableFuture<Reply> stop(TerminalBinding t, String taskId) {
        return call(t, "POST", "/stop", JSON.createObjectNode().put("taskId", taskId));
    }

    CompletableFuture<Reply> volume(TerminalBinding t, int step) {
        return call(t, "POST", "/volume", JSON.createObjectNode().put("volume", step));
    }

    CompletableFuture<Reply> status(TerminalBinding t) {
        return call(t, "GET", "/status", null);
    }

    CompletableFuture<Reply> task(TerminalBinding t, String taskId) {
        return call(t, "GET", "/tasks/" + URLEncoder.encode(taskId, StandardCharsets.UTF_8).replace("+", "%20"),
                null);
    }

    CompletableFuture<Reply> call(TerminalBinding t, String method, String path, ObjectNode body) {
        URI uri;
        try {
            uri = uri(t.get(BASE_URL), path);
        } catch (BadSettingsException e) {
            return CompletableFuture.failedFuture(e);
        }
        int timeout = timeoutMillis(t);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeout))
                .header("Accept", "application/json").header("X-Request-Id", UUID.randomUUID().toString());
        String token = t.get(TOKEN);
        if (token != null && !token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json; charset=utf-8");
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        // the request timeout covers the wait for the headers; the extra bound also covers a body that trickles
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(2L * timeout, TimeUnit.MILLISECONDS).thenApply(TerminalApi::reply);
    }

    int timeoutMillis(TerminalBinding t) {
        try {
            int v = t.getInt(TIMEOUT, defaultTimeoutMillis);
            return v > 0 ? v : defaultTimeoutMillis;
        } catch (NumberFormatException e) {
            return defaultTimeoutMillis;
        }
    }

    static URI uri(String baseUrl, String path) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new BadSettingsException("no baseUrl");
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            URI u = URI.create(base + path);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new BadSettingsException("baseUrl is not an http(s) URL");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw e instanceof BadSettingsException b ? b : new BadSettingsException("baseUrl is not a valid URL");
        }
    }

    static Reply reply(HttpResponse<byte[]> r) {
        JsonNode n = null;
        try {
            n = r.body() == null || r.body().length == 0 ? null : JSON.readTree(r.body());
        } catch (IOException e) {
            // not JSON: judged by the HTTP status alone
        }
        if (n == null || !n.isObject()) {
            return new Reply(r.statusCode(), r.statusCode() == 200 ? -1 : r.statusCode(), "answer is not JSON", null);
        }
        JsonNode code = n.get("code");
        JsonNode msg = n.get("msg");
        JsonNode data = n.get("data");
        return new Reply(r.statusCode(), code != null && code.canConvertToInt() ? code.asInt() : -1,
                msg != null && msg.isTextual() ? msg.asText() : "", data != null && data.isObject() ? data : null);
    }

    /** A status answer as the core's TerminalStatus; device volume steps are scaled to percent by volumeMax. */
    static Optional<TerminalStatus> status(String terminalId, JsonNode data, int volumeMax, Instant now) {
        if (data == null || !data.path("state").isTextual()) {
            return Optional.empty();
        }
        TerminalStatus.State state;
        try {
            state = TerminalStatus.State.valueOf(data.get("state").asText());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        JsonNode v = data.get("volume");
        Integer percent = v != null && v.canConvertToInt() && v.asInt() >= 0 && v.asInt() <= volumeMax && volumeMax > 0
                ? Math.round(v.asInt() * 100f / volumeMax) : null;
        String detail = String.join(" ", data.path("model").asText(""), data.path("firmware").asText(""),
                data.path("detail").asText("")).trim();
        return Optional.of(new TerminalStatus(terminalId, state, percent, now, detail));
    }

    static Instant time(JsonNode data, Instant fallback) {
        JsonNode at = data == null ? null : data.get("at");
        if (at == null || !at.isTextual()) {
            return fallback;
        }
        try {
            return Instant.parse(at.asText());
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
