package org.gongkai.broadcast.spi;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A speaker driver: one vendor protocol that reaches a set of terminals. Register an implementation as an OSGi
 * service ({@code @Component(service = BroadcastDriver.class)}); the core binds it dynamically, so a driver jar
 * dropped into {@code deploy/} starts serving its terminals and removing it marks them "driver missing".
 *
 * <p>Threading: the core calls every method from its own per-driver worker threads and never waits longer than its
 * timeout, so a slow driver only delays itself. Methods must not block for long anyway: do network I/O
 * asynchronously and complete the returned stage when the command has been handed to the transport (for example
 * acknowledged by the broker). What the terminal then does arrives later as {@link Receipt}s through the
 * {@link DriverContext}. Complete a stage exceptionally when the command could not be sent; the core records a
 * failure and retries by its own policy.
 */
@ConsumerType
public interface BroadcastDriver {

    /** Stable identifier stored with each terminal, e.g. {@code mqtt}; lower-case letters, digits and dashes. */
    String id();

    /** Name shown to administrators, e.g. {@code MQTT 网络终端 (MQTT terminals)}. */
    String name();

    /** The per-terminal settings this driver needs; the UI builds its form from them and the core validates them. */
    List<SettingDescriptor> settings();

    /**
     * Called once when the core starts using the driver, before any command; receipts and status go to
     * {@code context} from then on until {@link #close()}.
     */
    void open(DriverContext context);

    /** Called when the core stops using the driver (it or the driver is going away); release connections here. */
    void close();

    /** Plays a programme on the terminals of the request; completes when the command is sent. */
    CompletionStage<Void> play(PlayRequest request);

    /** Stops the given broadcast on the terminals (a no-op on terminals that are not playing it). */
    CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals);

    /** Sets the volume of one terminal, 0 (mute) to 100 (the terminal's maximum); drivers scale to their range. */
    CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent);

    /** The terminal's current status, as fresh as the protocol allows ({@link TerminalStatus.State#UNKNOWN} if none). */
    CompletionStage<TerminalStatus> status(TerminalBinding terminal);
}
