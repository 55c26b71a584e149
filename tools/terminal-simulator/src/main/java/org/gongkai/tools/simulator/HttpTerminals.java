package org.gongkai.tools.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP front end: every terminal lives under {@code /t/<id>} of one embedded server and speaks the HTTP driver's
 * protocol (docs/broadcast-http-protocol.md): {@code POST play|stop|volume}, {@code GET status},
 * {@code GET tasks/<taskId>}, each with {@code Authorization: Bearer <token>}, answering
 * {@code {"code":0,"msg":"ok","data":{...}}}. A switched-off terminal drops the connection without an answer; a hung
 * one (or a play command drawn as "no ack") keeps the request open until the client gives up.
 */
final class HttpTerminals implements AutoCloseable {
    static final long HANG_MILLIS = 120_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Fleet fleet;
    private final HttpServer server;
    private final ExecutorService workers;

    HttpTerminals(Fleet fleet) throws IOException {
        this.fleet = fleet;
        SimulatorConfig c = fleet.config();
        this.server = HttpServer.create(new InetSocketAddress(c.httpHost(), c.httpPort()), 1024);
        // hung requests hold a thread each, so the pool grows with them instead of starving healthy terminals
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "terminal-simulator-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/t/", this::handle);
        server.start();
    }

    /** The base URL of one terminal, the value of the HTTP driver's {@code baseUrl} setting. */
    String baseUrl(String terminalId) {
        return "http://" + fleet.config().httpHost() + ":" + port() + "/t/" + terminalId;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String[] p = ex.getRequestURI().getRawPath().substring(3).split("/");
            String id = p.length > 0 ? decode(p[0]) : "";
            if (!fleet.exists(id) || p.length < 2) {
                send(ex, 404, 404, "no such terminal or operation", null);
                return;
            }
            if (!fleet.receive(id)) {
                if (fleet.isHung(id)) {
                    hang();
                }
                return; // switched off: the connection closes without an answer
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.equals("Bearer " + fleet.config().token(id))) {
                fleet.stats().rejectedAuth.incrementAndGet();
                send(ex, 401, 401, "token rejected / 令牌无效", null);
                return;
            }
            String op = p[1];
            String method = ex.getRequestMethod();
            if ("POST".equals(method) && p.length == 2 && op.equals("play")) {
                play(ex, id);
            } else if ("POST".equals(method) && p.length == 2 && op.equals("stop")) {
                JsonNode body = body(ex);
                String taskId = body == null ? null : text(body, "taskId");
                if (taskId == null) {
                    send(ex, 400, 400, "taskId missing", null);
                    return;
                }
                boolean known = fleet.stop(id, taskId);
                send(ex, 200, known ? 0 : 404, known ? "ok" : "no such task", null);
            } else if ("POST".equals(method) && p.length == 2 && op.equals("volume")) {
                JsonNode body = body(ex);
                JsonNode v = body == null ? null : body.get("volume");
                if (v == null || !v.canConvertToInt()) {
                    send(ex, 400, 400, "volume missing", null);
                    return;
                }
                fleet.volume(id, v.asInt());
                send(ex, 200, 0, "ok", null);
            } else if ("GET".equals(method) && p.length == 2 && op.equals("status")) {
                fleet.countStatusQuery();
                Fleet.Status s = fleet.status(id).orElseThrow();
                ObjectNode d = JSON.createObjectNode().put("state", s.state()).put("volume", s.volume())
                        .put("volumeMax", fleet.config().volumeMax()).put("model", "SIM-IP-01").put("firmware", "1.0");
                if (s.taskId() != null) {
                    d.put("taskId", s.taskId());
                }
                send(ex, 200, 0, "ok", d);
            } else if ("GET".equals(method) && p.length == 3 && op.equals("tasks")) {
                fleet.task(id, decode(p[2])).ifPresentOrElse(t -> send(ex, 200, 0, "ok", JSON.createObjectNode()
                        .put("taskId", t.taskId()).put("state", t.state().name()).put("at", t.at().toString())
                        .put("detail", t.detail())), () -> send(ex, 404, 404, "no such task", null));
            } else {
                send(ex, 404, 404, "no such operation", null);
            }
        } catch (RuntimeException e) {
            send(ex, 500, 500, "simulator error: " + e, null);
        }
    }

    private void play(HttpExchange ex, String id) {
        JsonNode body = body(ex);
        String taskId = body == null ? null : text(body, "taskId");
        if (taskId == null || (text(body, "audioUrl") == null && text(body, "text") == null)) {
            send(ex, 400, 400, "taskId and audioUrl or text required / 缺少任务编号或内容", null);
            return;
        }
        Instant expires;
        try {
            expires = text(body, "expiresAt") == null ? null : Instant.parse(text(body, "expiresAt"));
        } catch (DateTimeParseException e) {
            send(ex, 400, 400, "bad expiresAt", null);
            return;
        }
        sleep(fleet.config().ackLatency().toMillis());
        JsonNode prio = body.get("priority");
        Fleet.PlayAnswer a = fleet.play(id, taskId, prio == null ? 10 : prio.asInt(10), expires);
        switch (a.answer()) {
            case ACCEPTED -> send(ex, 200, 0, "ok", JSON.createObjectNode().put("taskId", taskId).put("state",
                    "PLAYING"));
            case REFUSED -> send(ex, 200, 409, a.detail(), JSON.createObjectNode().put("taskId", taskId));
            case NO_ACK, OFFLINE -> hang();
            case UNKNOWN -> send(ex, 404, 404, "no such terminal", null);
        }
    }

    /** Holds the request open like a terminal that took the command and froze; ends early when the server stops. */
    private static void hang() {
        sleep(HANG_MILLIS);
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode body(HttpExchange ex) {
        try (InputStream in = ex.getRequestBody()) {
            JsonNode n = JSON.readTree(in);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static String decode(String s) {
        return URI.create("/" + s).getPath().substring(1);
    }

    private static void send(HttpExchange ex, int http, int code, String msg, JsonNode data) {
        ObjectNode n = JSON.createObjectNode().put("code", code).put("msg", msg);
        if (data != null) {
            n.set("data", data);
        }
        try {
            byte[] b = JSON.writeValueAsBytes(n);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(http, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        } catch (IOException e) {
            // the client went away (e.g. it timed out first): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
