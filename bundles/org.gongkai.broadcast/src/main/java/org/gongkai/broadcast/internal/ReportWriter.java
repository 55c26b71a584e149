package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.gongkai.platform.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what drivers report (receipts, status) on one thread of its own, many reports to a transaction: one
 * transaction per report left the delivery report tens of seconds behind the terminals at 10,000 terminals (five
 * reports per terminal and broadcast). A batch that fails is rolled back and its reports written one by one, so one
 * bad report costs only itself. The queue is bounded: when it is full, {@link #execute} refuses.
 */
final class ReportWriter implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);
    private final BlockingQueue<Runnable> queue;
    private final Transactions tx;
    private final int batch;
    private final Thread thread;
    private volatile boolean closed;

    ReportWriter(Transactions tx, int capacity, int batch, String threadName) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.tx = tx;
        this.batch = Math.max(1, batch);
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void execute(Runnable report) {
        if (closed || !queue.offer(report)) {
            throw new RejectedExecutionException(closed ? "closed" : "the report queue is full");
        }
    }

    /** Reports waiting to be written. */
    int backlog() {
        return queue.size();
    }

    private void run() {
        List<Runnable> reports = new ArrayList<>(batch);
        while (!closed || !queue.isEmpty()) {
            try {
                Runnable first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                reports.add(first);
                queue.drainTo(reports, batch - 1);
                write(reports);
            } catch (InterruptedException e) {
                if (closed) {
                    break;
                }
            } catch (RuntimeException e) {
                LOG.warn("Writing driver reports failed", e);
            } finally {
                reports.clear();
            }
        }
    }

    private void write(List<Runnable> reports) {
        try {
            tx.required(() -> reports.forEach(Runnable::run));
        } catch (RuntimeException batchFailed) {
            if (reports.size() == 1) {
                LOG.warn("A driver report was not recorded", batchFailed);
                return;
            }
            for (Runnable r : reports) {
                try {
                    tx.required(r);
                } catch (RuntimeException e) {
                    LOG.warn("A driver report was not recorded", e);
                }
            }
        }
    }

    /** Writes what is queued (for up to five seconds) and stops. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
