package ${package}.internal;

import java.io.IOException;
import java.util.List;
import org.gongkai.broadcast.spi.PlayRequest;

/**
 * One open connection to a device, speaking the vendor's protocol. This is the seam between the driver's threading
 * and connection handling, which this project provides, and the protocol, which the vendor writes
 * ({@link TcpDeviceLink} and {@link VendorProtocol}). Calls may block: the driver makes them on its I/O threads and
 * gives up after its command timeout. What devices send back (receipts, status) goes to the {@link DeviceReports}
 * given to the factory, from any thread.
 */
interface DeviceLink extends AutoCloseable {

    /** Sends a programme to the terminals behind this device; returns when the device has taken the command. */
    void play(PlayRequest request, List<String> terminalIds) throws IOException;

    void stop(String broadcastId, List<String> terminalIds) throws IOException;

    void setVolume(String terminalId, int volumePercent) throws IOException;

    /** Asks for a status report; the answer arrives later through the context. */
    void requestStatus(String terminalId) throws IOException;

    /** False once the connection is known to be broken; the driver then opens a new one. */
    boolean isOpen();

    /** Closes the connection; never throws. */
    @Override
    void close();

    /** Opens links. */
    @FunctionalInterface
    interface Factory {
        /** Connects and logs in; throws when the device cannot be reached or refuses the token. */
        DeviceLink connect(DeviceAddress address, DeviceReports reports) throws IOException;
    }
}
