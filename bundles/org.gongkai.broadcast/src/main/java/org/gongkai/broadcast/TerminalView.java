package org.gongkai.broadcast;

import java.time.Instant;
import java.util.Map;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * A terminal as staff see it: its binding (secrets masked), whether its driver is installed, and the last status.
 */
public record TerminalView(String id, String name, String regionCode, String regionName, String driverId,
        boolean driverPresent, Map<String, String> settings, TerminalStatus.State status, Integer volume,
        Instant statusAt) {
}
