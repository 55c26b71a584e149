package org.gongkai.broadcast.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the core gives a driver in {@link BroadcastDriver#open}: where to report receipts and terminal status. Both
 * methods are thread-safe, return quickly and never throw, so a driver may call them from its network threads.
 */
@ProviderType
public interface DriverContext extends ReceiptListener {

    /** Reports a terminal's status (online, offline, busy, fault; volume), e.g. from a heartbeat or last will. */
    void statusChanged(TerminalStatus status);
}
