package ${package}.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open links, one per device address. A link is opened on first use, reused while it stays open, and dropped
 * when a call fails with an I/O error, so the next command reconnects instead of writing into a dead socket. Calls
 * to one device are serialised (one command on the wire at a time); different devices proceed in parallel.
 */
final class Connections {
    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    /** One device's link and the lock that serialises its calls. */
    private static final class Slot {
        DeviceLink link;
    }

    /** A protocol call on an open link. */
    @FunctionalInterface
    interface LinkCall {
        void run(DeviceLink link) throws IOException;
    }

    private final DeviceLink.Factory factory;
    private final DeviceReports reports;
    private final Map<DeviceAddress, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Connections(DeviceLink.Factory factory, DeviceReports reports) {
        this.factory = factory;
        this.reports = reports;
    }

    /** Runs the call on the device's link, connecting first when needed; a failed link is closed and forgotten. */
    void call(DeviceAddress address, LinkCall call) throws IOException {
        Slot slot = slots.computeIfAbsent(address, a -> new Slot());
        synchronized (slot) {
            if (closed) {
                throw new IOException("driver closed");
            }
            if (slot.link == null || !slot.link.isOpen()) {
                drop(address, slot);
                slot.link = factory.connect(address, reports);
                LOG.debug("Connected to {}", address);
            }
            try {
                call.run(slot.link);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Call to {} failed, dropping the connection", address, e);
                drop(address, slot);
                throw e;
            }
        }
    }

    /** Closes every link; later calls fail until {@link #reopen()}. */
    void closeAll() {
        closed = true;
        slots.forEach((address, slot) -> {
            synchronized (slot) {
                drop(address, slot);
            }
        });
        slots.clear();
    }

    /** Accepts calls again after {@link #closeAll()} (the core opened the driver again). */
    void reopen() {
        closed = false;
    }

    /** Number of links open now (for tests and diagnostics). */
    int openLinks() {
        return (int) slots.values().stream().filter(s -> {
            synchronized (s) {
                return s.link != null && s.link.isOpen();
            }
        }).count();
    }

    private static void drop(DeviceAddress address, Slot slot) {
        if (slot.link != null) {
            try {
                slot.link.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the link to {} failed", address, e);
            }
            slot.link = null;
        }
    }
}
