package ${package}.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;

/**
 * A ${vendorName} controller in memory, for tests: it listens on one host and port, wants one token, and answers a
 * programme like a device would, asynchronously on its own thread: ACK, PLAYING, then PLAYED per terminal. It can
 * drop the connection on the next call, or stop answering, to exercise the driver's connection handling.
 */
final class FakeDevice implements DeviceLink.Factory, AutoCloseable {
    final String host;
    final int port;
    private final String token;
    private final ScheduledExecutorService device = Executors.newSingleThreadScheduledExecutor();
    final AtomicInteger connections = new AtomicInteger();
    final List<PlayRequest> programmes = new CopyOnWriteArrayList<>();
    final Map<String, Integer> volumes = new ConcurrentHashMap<>();
    private volatile boolean dropNextCall;
    private volatile CountDownLatch hang;

    FakeDevice(String host, int port, String token) {
        this.host = host;
        this.port = port;
        this.token = token;
    }

    /** The next call fails as if the device had reset the connection. */
    void dropNextCall() {
        dropNextCall = true;
    }

    /** Calls block (the device stopped answering) until {@link #close()}. */
    void hang() {
        hang = new CountDownLatch(1);
    }

    @Override
    public DeviceLink connect(DeviceAddress address, DeviceReports reports) throws IOException {
        if (!address.host().equals(host) || address.port() != port) {
            throw new ConnectException("connection refused: " + address);
        }
        if (!token.equals(address.token())) {
            throw new IOException("login refused: wrong token");
        }
        connections.incrementAndGet();
        return new Link(reports);
    }

    @Override
    public void close() {
        CountDownLatch h = hang;
        if (h != null) {
            h.countDown();
        }
        device.shutdownNow();
    }

    private final class Link implements DeviceLink {
        private final DeviceReports reports;
        private volatile boolean open = true;

        Link(DeviceReports reports) {
            this.reports = reports;
        }

        @Override
        public void play(PlayRequest request, List<String> terminalIds) throws IOException {
            take();
            programmes.add(request);
            for (String id : terminalIds) {
                report(id, request.broadcastId(), Receipt.Kind.ACK, 5);
                report(id, request.broadcastId(), Receipt.Kind.PLAYING, 10);
                report(id, request.broadcastId(), Receipt.Kind.PLAYED, 40);
            }
        }

        @Override
        public void stop(String broadcastId, List<String> terminalIds) throws IOException {
            take();
        }

        @Override
        public void setVolume(String terminalId, int volumePercent) throws IOException {
            take();
            volumes.put(terminalId, volumePercent);
        }

        @Override
        public void requestStatus(String terminalId) throws IOException {
            take();
            device.schedule(() -> reports.statusChanged(new TerminalStatus(terminalId, TerminalStatus.State.ONLINE,
                    volumes.get(terminalId), Instant.now(), "fake")), 5, TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }

        private void take() throws IOException {
            if (!open) {
                throw new IOException("closed");
            }
            if (dropNextCall) {
                dropNextCall = false;
                open = false;
                throw new IOException("connection reset by device");
            }
            CountDownLatch h = hang;
            if (h != null) {
                try {
                    h.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }

        private void report(String terminalId, String broadcastId, Receipt.Kind kind, long afterMillis) {
            device.schedule(() -> reports.receipt(new Receipt(terminalId, broadcastId, kind, Instant.now(), "")),
                    afterMillis, TimeUnit.MILLISECONDS);
        }
    }
}
