package ${package}.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.gongkai.broadcast.spi.PlayRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP connection to one device: connect with a timeout, log in, write command frames, and read the device's frames
 * on a reader thread of its own. The frames themselves are {@link VendorProtocol}'s business.
 *
 * <p>One reader thread per connection suits a network of controllers (a few connections, many terminals behind
 * each). TODO(vendor): if every terminal is its own TCP peer and a county has thousands, switch to non-blocking I/O
 * or to your platform's broker, and keep {@link DeviceLink} as the seam.
 */
final class TcpDeviceLink implements DeviceLink {
    private static final Logger LOG = LoggerFactory.getLogger(TcpDeviceLink.class);

    /** Opens TCP links. */
    static final class Factory implements DeviceLink.Factory {
        private final Duration connectTimeout;
        private final VendorProtocol protocol = new VendorProtocol();

        Factory(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        @Override
        public DeviceLink connect(DeviceAddress address, DeviceReports reports) throws IOException {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address.host(), address.port()),
                        (int) Math.max(1, connectTimeout.toMillis()));
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                TcpDeviceLink link = new TcpDeviceLink(address, socket, protocol, reports);
                link.write(protocol.login(address.token()));
                link.startReader();
                return link;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }
    }

    private final DeviceAddress address;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final VendorProtocol protocol;
    private final DeviceReports reports;
    private volatile boolean open = true;

    private TcpDeviceLink(DeviceAddress address, Socket socket, VendorProtocol protocol, DeviceReports reports)
            throws IOException {
        this.address = address;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        this.protocol = protocol;
        this.reports = reports;
    }

    @Override
    public void play(PlayRequest request, List<String> terminalIds) throws IOException {
        write(protocol.play(request, terminalIds));
    }

    @Override
    public void stop(String broadcastId, List<String> terminalIds) throws IOException {
        write(protocol.stop(broadcastId, terminalIds));
    }

    @Override
    public void setVolume(String terminalId, int volumePercent) throws IOException {
        write(protocol.volume(terminalId, volumePercent));
    }

    @Override
    public void requestStatus(String terminalId) throws IOException {
        write(protocol.statusQuery(terminalId));
    }

    @Override
    public boolean isOpen() {
        return open && !socket.isClosed();
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed", address, e);
        }
    }

    /**
     * Writes one frame. TODO(vendor): if the device answers each command, wait here (with a socket timeout below
     * the command timeout) for that answer, so that "sent" means "the device took it".
     */
    private synchronized void write(byte[] frame) throws IOException {
        if (!isOpen()) {
            throw new IOException("connection to " + address + " is closed");
        }
        out.write(frame);
        out.flush();
    }

    private void startReader() {
        Thread t = new Thread(this::read, "${driverId}-read-" + address);
        t.setDaemon(true);
        t.start();
    }

    private void read() {
        try {
            while (open && protocol.readFrame(in, reports)) {
                // each frame was reported by the protocol
            }
        } catch (IOException | RuntimeException e) {
            if (open) {
                LOG.warn("Connection to {} lost: {}", address, e.getMessage());
            }
        } finally {
            close();
        }
    }
}
