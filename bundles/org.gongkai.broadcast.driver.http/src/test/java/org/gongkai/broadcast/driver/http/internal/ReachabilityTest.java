package org.gongkai.broadcast.driver.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.junit.jupiter.api.Test;

/** The per-terminal pause: doubling, capped, probed once when over, cleared by an answer. */
class ReachabilityTest {
    private final Reachability r = new Reachability(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final TerminalBinding t = new TerminalBinding("T1", Map.of());
    private final Instant t0 = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void pauseDoublesPerFailureUpToTheCap() {
        assertEquals(List.of(5L, 10L, 20L, 30L, 30L), List.of(r.delay(1), r.delay(2), r.delay(3), r.delay(4),
                r.delay(5)).stream().map(Duration::toSeconds).toList());
        assertTrue(r.failed(t, "timeout", t0), "the first failure is a transition");
        assertFalse(r.failed(t, "timeout", t0), "a second failure is not");
        assertNotNull(r.paused("T1", t0.plusSeconds(9)));
        assertNull(r.paused("T1", t0.plusSeconds(10)));
    }

    @Test
    void aTerminalIsProbedOnceWhenItsPauseEndsAndClearedByAnAnswer() {
        r.failed(t, "refused", t0);
        assertEquals(List.of(), r.dueForProbe(t0.plusSeconds(4)));
        assertEquals(List.of(t), r.dueForProbe(t0.plusSeconds(5)));
        assertEquals(List.of(), r.dueForProbe(t0.plusSeconds(6)), "probed twice");
        assertTrue(r.answered("T1"));
        assertFalse(r.isDown("T1"));
        assertFalse(r.answered("T1"), "an answer from a healthy terminal is not a comeback");
    }
}
