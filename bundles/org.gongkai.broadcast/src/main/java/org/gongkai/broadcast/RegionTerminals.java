package org.gongkai.broadcast;

import java.util.Map;
import org.gongkai.broadcast.spi.TerminalStatus;

/** One node of the terminal tree: a region with its terminals (itself and below) counted by status. */
public record RegionTerminals(String code, String name, String level, boolean hasChildren,
        Map<TerminalStatus.State, Long> byStatus, long total) {
}
