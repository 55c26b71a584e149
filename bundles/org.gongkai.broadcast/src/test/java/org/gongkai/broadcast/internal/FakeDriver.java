package org.gongkai.broadcast.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.DriverContext;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;

/** A driver for tests that behaves well, throws, blocks its calling thread, or never completes its stage. */
class FakeDriver implements BroadcastDriver {
    enum Mode {
        OK, THROW, BLOCK, NEVER_COMPLETE
    }

    private final String id;
    private final Mode mode;
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> played = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    volatile DriverContext context;
    volatile boolean closed;

    FakeDriver(String id, Mode mode) {
        this.id = id;
        this.mode = mode;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Fake " + id;
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of();
    }

    @Override
    public void open(DriverContext ctx) {
        this.context = ctx;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public CompletionStage<Void> play(PlayRequest request) {
        threads.add(Thread.currentThread().getName());
        switch (mode) {
            case THROW -> throw new IllegalStateException("vendor bug");
            case BLOCK -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case NEVER_COMPLETE -> {
                return new CompletableFuture<>();
            }
            case OK -> { }
        }
        played.add(request.broadcastId());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> stop(String broadcastId, List<TerminalBinding> terminals) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> setVolume(TerminalBinding terminal, int volumePercent) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<TerminalStatus> status(TerminalBinding terminal) {
        return CompletableFuture.completedFuture(new TerminalStatus(terminal.terminalId(), TerminalStatus.State.ONLINE,
                50, java.time.Instant.EPOCH, ""));
    }
}
