package org.gongkai.broadcast.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DriverContext} a driver gets: hands receipts and status to the core's own worker and returns at once,
 * so a driver's network thread never waits for the database. When the worker's queue is full, the report is dropped
 * and logged; receipts are repeated by terminals and emergencies are re-sent, so nothing is lost for good.
 */
final class QueuedDriverContext implements DriverContext {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedDriverContext.class);
    private final String driverId;
    private final Executor worker;
    private final Consumer<Receipt> receipts;
    private final Consumer<TerminalStatus> statuses;

    QueuedDriverContext(String driverId, Executor worker, Consumer<Receipt> receipts,
            Consumer<TerminalStatus> statuses) {
        this.driverId = driverId;
        this.worker = worker;
        this.receipts = receipts;
        this.statuses = statuses;
    }

    @Override
    public void receipt(Receipt receipt) {
        hand(() -> receipts.accept(receipt), "receipt");
    }

    @Override
    public void statusChanged(TerminalStatus status) {
        hand(() -> statuses.accept(status), "status");
    }

    /** The worker writes the report and logs it if it cannot (failures must reach it to roll back its batch). */
    private void hand(Runnable work, String what) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.warn("A {} from driver {} was dropped: the receipt queue is full", what, driverId);
        }
    }
}
