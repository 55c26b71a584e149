package ${package}.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gongkai.broadcast.spi.PlayRequest;

/**
 * The ${vendorName} wire protocol: frames to send and how to read what the device sends back.
 *
 * <p><b>TODO(vendor): write this class.</b> Until then every method fails with {@link UnsupportedOperationException},
 * so a terminal bound to this driver shows a clear delivery failure ("protocol not written") in the platform instead
 * of a broadcast that silently goes nowhere. Replace each method with your protocol, and add unit tests with frames
 * captured from a real device.
 */
final class VendorProtocol {
    static final String NOT_WRITTEN = "TODO(vendor): the ${vendorName} protocol is not written yet (VendorProtocol)";

    /**
     * The first frame after connecting: log in with the device's access token.
     * TODO(vendor): if the device answers the login, read and check that answer in {@link #readFrame} or here.
     */
    byte[] login(String token) {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }

    /**
     * Play a programme on the given terminals. Carry over what the terminal needs to honour the platform's rules:
     * {@link PlayRequest#priority()} (a higher one must interrupt a lower one: emergencies are 251-254, routine
     * programmes {@link PlayRequest#ROUTINE}), {@link PlayRequest#expiresAt()} (never start after it),
     * and either {@link PlayRequest#audioUrl()} or {@link PlayRequest#text()} for terminals with speech synthesis.
     * Keep {@link PlayRequest#broadcastId()} so that receipts can name the broadcast.
     * TODO(vendor): encode.
     */
    byte[] play(PlayRequest request, List<String> terminalIds) {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }

    /** Stop the broadcast on these terminals. TODO(vendor): encode. */
    byte[] stop(String broadcastId, List<String> terminalIds) {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }

    /** Set the volume; the platform speaks 0-100 %, scale it to the device's steps. TODO(vendor): encode. */
    byte[] volume(String terminalId, int volumePercent) {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }

    /** Ask for a status report. TODO(vendor): encode. */
    byte[] statusQuery(String terminalId) {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }

    /**
     * Reads one frame from the device and reports it: playback events as
     * {@link org.gongkai.broadcast.spi.Receipt}s (ACK, PLAYING, PLAYED, FAILED with a reason such as pre-emption),
     * heartbeats and state changes as {@link org.gongkai.broadcast.spi.TerminalStatus}. Frames it does not know are
     * skipped, never thrown at. Returns false at the end of the stream (the device closed the connection).
     * TODO(vendor): decode.
     */
    boolean readFrame(InputStream in, DeviceReports reports) throws IOException {
        throw new UnsupportedOperationException(NOT_WRITTEN);
    }
}
