package ${package}.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the links report what devices send back. Forwards to the core's {@link DriverContext} while the driver is
 * open (between {@code open} and {@code close}) and drops reports otherwise, since the core has stopped listening;
 * remembers each terminal's last status so that {@code status()} answers without waiting for the device.
 */
final class Reports implements DeviceReports {
    private static final Logger LOG = LoggerFactory.getLogger(Reports.class);
    private final Map<String, TerminalStatus> lastStatus = new ConcurrentHashMap<>();
    private volatile DriverContext core;

    void open(DriverContext context) {
        this.core = context;
    }

    void close() {
        this.core = null;
    }

    @Override
    public void receipt(Receipt receipt) {
        DriverContext c = core;
        if (c == null) {
            LOG.debug("Receipt after close dropped: {}", receipt);
            return;
        }
        c.receipt(receipt);
    }

    @Override
    public void statusChanged(TerminalStatus status) {
        lastStatus.put(status.terminalId(), status);
        DriverContext c = core;
        if (c != null) {
            c.statusChanged(status);
        }
    }

    /** The terminal's last reported status, or UNKNOWN (now) when it has reported none. */
    TerminalStatus lastStatus(String terminalId) {
        TerminalStatus s = lastStatus.get(terminalId);
        return s != null ? s : TerminalStatus.unknown(terminalId, Instant.now());
    }
}
