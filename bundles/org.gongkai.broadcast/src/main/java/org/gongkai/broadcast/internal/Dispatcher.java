package org.gongkai.broadcast.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls drivers without ever blocking the caller: every call runs on the driver's own small thread pool with a
 * bounded queue and is given up after a timeout. A driver that throws, hangs or never completes its stage only
 * delays its own terminals — the others' drivers have their own threads — and a hanging driver's queue fills up and
 * is refused at once instead of growing. Opens a driver when it becomes available and closes it when it goes.
 */
public final class Dispatcher implements DriverRegistry.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final DriverRegistry registry;
    private final Function<String, DriverContext> contexts;
    private final Duration timeout;
    private final int threadsPerDriver;
    private final int queuePerDriver;
    private final Map<String, ThreadPoolExecutor> pools = new ConcurrentHashMap<>();

    public Dispatcher(DriverRegistry registry, Function<String, DriverContext> contexts, Duration timeout,
            int threadsPerDriver, int queuePerDriver) {
        this.registry = registry;
        this.contexts = contexts;
        this.timeout = timeout;
        this.threadsPerDriver = threadsPerDriver;
        this.queuePerDriver = queuePerDriver;
        registry.addListener(this);
    }

    public CompletableFuture<DispatchResult> play(String driverId, PlayRequest request) {
        return outcome(driverId, call(driverId, d -> d.play(request)));
    }

    public CompletableFuture<DispatchResult> stop(String driverId, String broadcastId, List<TerminalBinding> terminals) {
        return outcome(driverId, call(driverId, d -> d.stop(broadcastId, terminals)));
    }

    public CompletableFuture<DispatchResult> setVolume(String driverId, TerminalBinding terminal, int percent) {
        return outcome(driverId, call(driverId, d -> d.setVolume(terminal, percent)));
    }

    /** The terminal's status; UNKNOWN when the driver is missing, fails or times out. */
    public CompletableFuture<TerminalStatus> status(String driverId, TerminalBinding terminal) {
        return call(driverId, d -> d.status(terminal)).exceptionally(e -> TerminalStatus.unknown(terminal.terminalId(),
                java.time.Instant.now()));
    }

    /**
     * Runs one driver operation on the driver's pool; the future fails with {@link DriverMissingException},
     * {@link RejectedExecutionException} (queue full), {@link TimeoutException} or the driver's own exception.
     */
    <T> CompletableFuture<T> call(String driverId, Function<BroadcastDriver, CompletionStage<T>> op) {
        Optional<BroadcastDriver> driver = registry.driver(driverId);
        if (driver.isEmpty()) {
            return CompletableFuture.failedFuture(new DriverMissingException(driverId));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool(driverId).execute(() -> {
                try {
                    CompletionStage<T> stage = op.apply(driver.get());
                    if (stage == null) {
                        result.completeExceptionally(new IllegalStateException("driver returned no stage"));
                    } else {
                        stage.whenComplete((v, e) -> {
                            if (e != null) {
                                result.completeExceptionally(e);
                            } else {
                                result.complete(v);
                            }
                        });
                    }
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static CompletableFuture<DispatchResult> outcome(String driverId, CompletableFuture<?> call) {
        return call.handle((v, e) -> {
            if (e == null) {
                return new DispatchResult(driverId, DispatchResult.Outcome.SENT, "");
            }
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            DispatchResult.Outcome o = cause instanceof DriverMissingException ? DispatchResult.Outcome.DRIVER_MISSING
                    : cause instanceof TimeoutException ? DispatchResult.Outcome.TIMED_OUT
                    : cause instanceof RejectedExecutionException ? DispatchResult.Outcome.BUSY
                    : DispatchResult.Outcome.FAILED;
            if (o == DispatchResult.Outcome.FAILED) {
                LOG.warn("Speaker driver {} failed", driverId, cause);
            }
            return new DispatchResult(driverId, o, String.valueOf(cause.getMessage()));
        });
    }

    private ThreadPoolExecutor pool(String driverId) {
        return pools.computeIfAbsent(driverId, id -> {
            ThreadPoolExecutor p = new ThreadPoolExecutor(threadsPerDriver, threadsPerDriver, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queuePerDriver), threads(id));
            p.allowCoreThreadTimeOut(true);
            return p;
        });
    }

    private static ThreadFactory threads(String driverId) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "gongkai-bc-driver-" + driverId + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void driverAvailable(String id, BroadcastDriver driver) {
        DriverContext context = contexts.apply(id);
        try {
            pool(id).execute(() -> {
                try {
                    driver.open(context);
                } catch (RuntimeException e) {
                    LOG.error("Speaker driver {} failed to open", id, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("Speaker driver {} could not be opened: its queue is full", id);
        }
    }

    @Override
    public void driverGone(String id, BroadcastDriver driver) {
        ExecutorService pool = pools.remove(id);
        if (pool == null) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    driver.close();
                } catch (RuntimeException e) {
                    LOG.warn("Speaker driver {} failed to close", id, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Speaker driver {} not closed: its queue is full", id);
        }
        pool.shutdown();
    }

    @Override
    public void close() {
        pools.values().forEach(ExecutorService::shutdownNow);
        pools.clear();
    }

    /** No driver with the id is present. */
    static final class DriverMissingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DriverMissingException(String driverId) {
            super("driver missing: " + driverId);
        }
    }
}
