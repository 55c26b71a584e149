package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gongkai.platform.persistence.Transactions;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    /** Counts transactions; a failing work rolls back what it wrote in that transaction. */
    static final class CountingTx implements Transactions {
        final List<Integer> sizes = new CopyOnWriteArrayList<>();
        final List<String> committed = new CopyOnWriteArrayList<>();
        final ThreadLocal<List<String>> open = new ThreadLocal<>();

        @Override
        public <T> T required(Supplier<T> work) {
            if (open.get() != null) {
                return work.get();
            }
            List<String> writes = new CopyOnWriteArrayList<>();
            open.set(writes);
            try {
                T t = work.get();
                committed.addAll(writes);
                sizes.add(writes.size());
                return t;
            } finally {
                open.remove();
            }
        }

        void write(String what) {
            open.get().add(what);
        }
    }

    @Test
    void reportsAreWrittenManyToATransactionAndABadOneCostsOnlyItself() throws Exception {
        CountingTx tx = new CountingTx();
        CountDownLatch gate = new CountDownLatch(1);
        ReportWriter w = new ReportWriter(tx, 10_000, 500, "test-reports");
        w.execute(() -> {
            try {
                gate.await(5, TimeUnit.SECONDS); // holds the writer while 1,000 reports queue up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tx.write("first");
        });
        for (int i = 0; i < 1000; i++) {
            int n = i;
            w.execute(() -> {
                if (n == 700) {
                    throw new IllegalStateException("a bad report");
                }
                tx.write("r" + n);
            });
        }
        gate.countDown();
        for (int i = 0; i < 100 && tx.committed.size() < 1000; i++) {
            Thread.sleep(50);
        }
        w.close();
        assertEquals(1000, tx.committed.size(), "all but the bad one");
        assertTrue(!tx.committed.contains("r700"));
        assertTrue(tx.sizes.stream().anyMatch(n -> n >= 400), "batched: " + tx.sizes);
        assertTrue(tx.sizes.size() < 520, "far fewer transactions than reports: " + tx.sizes.size());
        assertThrows(RejectedExecutionException.class, () -> w.execute(() -> { }));
    }
}
