package org.gongkai.broadcast;

import java.util.Map;

/**
 * A loudspeaker terminal (大喇叭终端) placed in the region tree (usually a hamlet or village) and bound to a driver
 * with that driver's settings.
 */
public record Terminal(String id, String name, String regionCode, String driverId, Map<String, String> settings) {
    public Terminal {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
