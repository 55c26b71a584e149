package org.gongkai.broadcast;

import java.util.Map;

/**
 * A terminal to bind (create or re-bind) to a driver.
 *
 * @param settings the driver's per-terminal settings by name; validated against the driver's descriptors
 */
public record TerminalInput(String id, String name, String regionCode, String driverId, Map<String, String> settings) {
    public TerminalInput {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
