package org.gongkai.broadcast.spi;

import java.util.Map;
import java.util.Objects;

/**
 * A terminal as a driver sees it: its id and its driver-specific settings, already validated by the core against the
 * driver's {@link SettingDescriptor}s, with defaults filled in (so a required or defaulted setting is always there).
 */
public record TerminalBinding(String terminalId, Map<String, String> settings) {

    public TerminalBinding {
        Objects.requireNonNull(terminalId, "terminalId");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** The setting's value, or null when absent. */
    public String get(String name) {
        return settings.get(name);
    }

    /** An INT setting's value, or {@code fallback} when absent. */
    public int getInt(String name, int fallback) {
        String v = settings.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    /** A BOOLEAN setting's value, or {@code fallback} when absent. */
    public boolean getBoolean(String name, boolean fallback) {
        String v = settings.get(name);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** Never prints setting values: some are secrets. */
    @Override
    public String toString() {
        return "TerminalBinding[" + terminalId + ", settings=" + settings.keySet() + "]";
    }
}
