package org.gongkai.tools.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line and the configuration's checks. */
class SimulatorConfigTest {

    @Test
    void commandLineSetsEveryKnob() {
        Main.Options o = Main.parse(new String[] {"--mode", "mqtt", "--count", "3", "--ids", "V-%03d", "--ack-ms",
            "5", "--play-ms", "70", "--no-ack", "0.1", "--fail", "0.2", "--offline", "V-002, V-003", "--seed", "9",
            "--clients", "2", "--tokens", "k{id}", "--duration", "4"});
        SimulatorConfig c = o.config();
        assertEquals(SimulatorConfig.Mode.MQTT, c.mode());
        assertEquals(List.of("V-001", "V-002", "V-003"), c.terminalIds());
        assertEquals(Duration.ofMillis(5), c.ackLatency());
        assertEquals(Duration.ofMillis(70), c.playback());
        assertEquals(0.1, c.noAckRate());
        assertEquals(0.2, c.failRate());
        assertEquals(Set.of("V-002", "V-003"), c.offline());
        assertEquals(9, c.seed());
        assertEquals(2, c.mqttClients());
        assertEquals("kV-001", c.token("V-001"));
        assertEquals(4, o.durationSeconds());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--count"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--count", "x"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--fail", "2"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--bogus", "1"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--count", "0"}));
    }

    @Test
    void sameSeedGivesTheSameFailures() {
        SimulatorConfig c = SimulatorConfig.defaults(SimulatorConfig.Mode.HTTP).withTerminals(1, "T%d")
                .withTiming(Duration.ZERO, Duration.ofHours(1)).withFailures(0.5, 0, 42);
        assertEquals(answers(c), answers(c));
    }

    private static List<Fleet.Answer> answers(SimulatorConfig c) {
        try (Fleet f = new Fleet(c)) {
            return java.util.stream.IntStream.range(0, 20).mapToObj(i -> f.play("T1", "b" + i, 255, null).answer())
                    .toList();
        }
    }
}
