package org.gongkai.tools.simulator;

import java.io.IOException;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Emulated 大喇叭 terminals, started from the command line ({@link Main}) or from a test: {@code try (var sim =
 * TerminalSimulator.start(config)) { ... sim.stats() ... }}. Tests switch terminals off, hang or revive them while
 * running with {@link #fleet()}.
 */
public final class TerminalSimulator implements AutoCloseable {
    private final Fleet fleet;
    private final HttpTerminals http;
    private final MqttTerminals mqtt;

    private TerminalSimulator(Fleet fleet, HttpTerminals http, MqttTerminals mqtt) {
        this.fleet = fleet;
        this.http = http;
        this.mqtt = mqtt;
    }

    /** Starts the terminals: binds the HTTP server, or connects and subscribes to the broker, before returning. */
    public static TerminalSimulator start(SimulatorConfig config) throws IOException {
        Fleet fleet = new Fleet(config);
        try {
            return switch (config.mode()) {
                case HTTP -> new TerminalSimulator(fleet, new HttpTerminals(fleet), null);
                case MQTT -> new TerminalSimulator(fleet, null, new MqttTerminals(fleet));
            };
        } catch (MqttException e) {
            fleet.close();
            throw new IOException("cannot reach the MQTT broker " + config.brokerUrl() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    public Fleet fleet() {
        return fleet;
    }

    public Stats stats() {
        return fleet.stats();
    }

    /** HTTP mode: the terminal's base URL, to put in the HTTP driver's {@code baseUrl} setting. */
    public String baseUrl(String terminalId) {
        if (http == null) {
            throw new IllegalStateException("not in HTTP mode");
        }
        return http.baseUrl(terminalId);
    }

    /** HTTP mode: the port the server listens on. */
    public int port() {
        if (http == null) {
            throw new IllegalStateException("not in HTTP mode");
        }
        return http.port();
    }

    /** The token a terminal expects in {@code Authorization: Bearer ...}. */
    public String token(String terminalId) {
        return fleet.config().token(terminalId);
    }

    @Override
    public void close() {
        try {
            if (http != null) {
                http.close();
            }
            if (mqtt != null) {
                mqtt.close();
            }
        } finally {
            fleet.close();
        }
    }
}
