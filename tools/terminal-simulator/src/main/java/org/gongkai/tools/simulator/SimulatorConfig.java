package org.gongkai.tools.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the simulator emulates: how many terminals and their ids, how they behave (latency, playback, failures) and
 * how they are reached (MQTT broker or embedded HTTP server). Immutable; change it with the {@code with...} copies,
 * so a test states only what matters to it.
 *
 * @param mode MQTT or HTTP
 * @param count number of terminals
 * @param idPattern id of terminal {@code i} (1-based): {@code %d}-style format, e.g. {@code T%04d} gives T0001
 * @param ackLatency how long a terminal takes to acknowledge a play command
 * @param playback how long a programme plays before the PLAYED receipt
 * @param noAckRate share (0–1) of play commands that are never acknowledged
 * @param failRate share (0–1) of acknowledged play commands that end FAILED instead of PLAYED
 * @param offline terminal ids that are switched off from the start
 * @param seed seed of the random failures, so a run is repeatable
 * @param brokerUrl MQTT broker, e.g. {@code tcp://127.0.0.1:1883}
 * @param topicPrefix the MQTT driver's topic prefix
 * @param mqttClients number of MQTT connections the terminals are spread over
 * @param httpHost address the HTTP server binds to
 * @param httpPort HTTP port, 0 for a free one
 * @param tokenPattern each terminal's HTTP token; {@code {id}} is replaced by the terminal id
 * @param volumeMax the terminals' highest volume step
 */
public record SimulatorConfig(Mode mode, int count, String idPattern, Duration ackLatency, Duration playback,
        double noAckRate, double failRate, Set<String> offline, long seed, String brokerUrl, String topicPrefix,
        int mqttClients, String httpHost, int httpPort, String tokenPattern, int volumeMax) {

    /** How the terminals are reached. */
    public enum Mode {
        MQTT, HTTP
    }

    public SimulatorConfig {
        Objects.requireNonNull(mode, "mode");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (noAckRate < 0 || noAckRate > 1 || failRate < 0 || failRate > 1) {
            throw new IllegalArgumentException("rates are between 0 and 1");
        }
        if (mqttClients < 1) {
            throw new IllegalArgumentException("mqttClients must be at least 1");
        }
        if (ackLatency.isNegative() || playback.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        String.format(idPattern, 1); // fails early on a bad pattern
        offline = Set.copyOf(offline);
    }

    /** 10 terminals T0001..T0010 answering at once, playing 1 s, never failing, HTTP on a free port. */
    public static SimulatorConfig defaults(Mode mode) {
        return new SimulatorConfig(mode, 10, "T%04d", Duration.ofMillis(50), Duration.ofSeconds(1), 0, 0, Set.of(), 1,
                "tcp://127.0.0.1:1883", "gongkai/bc", 1, "127.0.0.1", 0, "token-{id}", 100);
    }

    public String terminalId(int oneBased) {
        return String.format(idPattern, oneBased);
    }

    public List<String> terminalIds() {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(terminalId(i));
        }
        return ids;
    }

    public String token(String terminalId) {
        return tokenPattern.replace("{id}", terminalId);
    }

    public SimulatorConfig withTerminals(int n, String pattern) {
        return new SimulatorConfig(mode, n, pattern, ackLatency, playback, noAckRate, failRate, offline, seed,
                brokerUrl, topicPrefix, mqttClients, httpHost, httpPort, tokenPattern, volumeMax);
    }

    public SimulatorConfig withTiming(Duration ack, Duration play) {
        return new SimulatorConfig(mode, count, idPattern, ack, play, noAckRate, failRate, offline, seed, brokerUrl,
                topicPrefix, mqttClients, httpHost, httpPort, tokenPattern, volumeMax);
    }

    public SimulatorConfig withFailures(double noAck, double fail, long randomSeed) {
        return new SimulatorConfig(mode, count, idPattern, ackLatency, playback, noAck, fail, offline, randomSeed,
                brokerUrl, topicPrefix, mqttClients, httpHost, httpPort, tokenPattern, volumeMax);
    }

    public SimulatorConfig withOffline(Set<String> ids) {
        return new SimulatorConfig(mode, count, idPattern, ackLatency, playback, noAckRate, failRate,
                new LinkedHashSet<>(ids), seed, brokerUrl, topicPrefix, mqttClients, httpHost, httpPort, tokenPattern,
                volumeMax);
    }

    public SimulatorConfig withMqtt(String broker, String prefix, int clients) {
        return new SimulatorConfig(mode, count, idPattern, ackLatency, playback, noAckRate, failRate, offline, seed,
                broker, prefix, clients, httpHost, httpPort, tokenPattern, volumeMax);
    }

    public SimulatorConfig withHttp(String host, int port, String tokens) {
        return new SimulatorConfig(mode, count, idPattern, ackLatency, playback, noAckRate, failRate, offline, seed,
                brokerUrl, topicPrefix, mqttClients, host, port, tokens, volumeMax);
    }

    public SimulatorConfig withVolumeMax(int steps) {
        return new SimulatorConfig(mode, count, idPattern, ackLatency, playback, noAckRate, failRate, offline, seed,
                brokerUrl, topicPrefix, mqttClients, httpHost, httpPort, tokenPattern, steps);
    }
}
