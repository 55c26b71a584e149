package ${package}.internal;

import java.util.Objects;
import org.gongkai.broadcast.spi.TerminalBinding;

/**
 * Where a terminal is reached: the device (the terminal itself or the controller it hangs on) and the token it
 * expects. Terminals with the same address share one connection.
 */
record DeviceAddress(String host, int port, String token) {

    DeviceAddress {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of 1-65535: " + port);
        }
    }

    /** The address from a terminal's settings (the core has validated them against the descriptors). */
    static DeviceAddress of(TerminalBinding t) {
        String host = t.get(VendorSpeakerDriver.HOST);
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("terminal " + t.terminalId() + " has no host");
        }
        try {
            return new DeviceAddress(host.trim(), t.getInt(VendorSpeakerDriver.PORT, 6000),
                    t.get(VendorSpeakerDriver.TOKEN));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("terminal " + t.terminalId() + " has a bad port", e);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
