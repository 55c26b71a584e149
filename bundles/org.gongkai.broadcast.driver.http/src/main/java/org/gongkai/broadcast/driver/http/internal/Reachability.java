package org.gongkai.broadcast.driver.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.broadcast.spi.TerminalBinding;

/**
 * Which terminals did not answer, and until when the driver leaves them alone: after each consecutive failure the
 * pause doubles from the minimum up to the maximum. While paused, commands to the terminal fail at once instead of
 * occupying a connection for a whole timeout; when the pause ends the driver probes it, and the first answer clears
 * the record. This is what keeps one dead village speaker from slowing down the county.
 */
final class Reachability {
    private final Duration min;
    private final Duration max;
    private final Map<String, Down> down = new ConcurrentHashMap<>();

    /** A terminal that failed {@code failures} times in a row, paused until {@code until}. */
    record Down(TerminalBinding terminal, int failures, Instant until, String reason, boolean probing) {
    }

    Reachability(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max");
        }
        this.min = min;
        this.max = max;
    }

    /** The pause the terminal is in at {@code now}, if any. */
    Down paused(String terminalId, Instant now) {
        Down d = down.get(terminalId);
        return d != null && now.isBefore(d.until()) ? d : null;
    }

    boolean isDown(String terminalId) {
        return down.containsKey(terminalId);
    }

    /** Records a failure; true when the terminal was reachable until now (the caller reports it OFFLINE). */
    boolean failed(TerminalBinding t, String reason, Instant now) {
        boolean[] first = {false};
        down.compute(t.terminalId(), (k, d) -> {
            int n = d == null ? 1 : d.failures() + 1;
            first[0] = d == null;
            return new Down(t, n, now.plus(delay(n)), reason, false);
        });
        return first[0];
    }

    /** Records an answer; true when the terminal had been down (the caller reports it back). */
    boolean answered(String terminalId) {
        return down.remove(terminalId) != null;
    }

    /** The down terminals whose pause is over and that nobody is probing yet; marks them as being probed. */
    List<TerminalBinding> dueForProbe(Instant now) {
        return down.values().stream().filter(d -> !d.probing() && !now.isBefore(d.until())).filter(d -> down
                .replace(d.terminal().terminalId(), d, new Down(d.terminal(), d.failures(), d.until(), d.reason(),
                        true))).map(Down::terminal).toList();
    }

    Duration delay(int failures) {
        Duration d = min;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
