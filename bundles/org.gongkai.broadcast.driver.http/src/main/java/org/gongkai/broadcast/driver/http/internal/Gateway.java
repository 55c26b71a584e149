package org.gongkai.broadcast.driver.http.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.gongkai.broadcast.spi.TerminalBinding;

/**
 * The one way calls reach terminals: refuses at once while a terminal is paused after failures, bounds concurrency
 * through the {@link Limiter}, and turns each outcome into reachability: no answer (connection refused, timeout,
 * 5xx) pauses the terminal and reports it offline once, the first answer after that reports it back.
 */
final class Gateway {

    /** Tells the driver when a terminal stops or starts answering. */
    interface Transitions {
        void wentOffline(TerminalBinding terminal, String reason);

        void cameBack(TerminalBinding terminal);
    }

    /** The terminal did not answer, or is paused after not answering. */
    static final class UnreachableException extends RuntimeException {
        UnreachableException(String message) {
            super(message, null, false, false);
        }
    }

    private final TerminalApi api;
    private final Limiter limiter;
    private final Reachability reach;
    private final Clock clock;
    private final Transitions transitions;

    Gateway(TerminalApi api, Limiter limiter, Reachability reach, Clock clock, Transitions transitions) {
        this.api = api;
        this.limiter = limiter;
        this.reach = reach;
        this.clock = clock;
        this.transitions = transitions;
    }

    Reachability reachability() {
        return reach;
    }

    CompletableFuture<TerminalApi.Reply> send(TerminalBinding t, Function<TerminalApi, CompletableFuture<TerminalApi.Reply>> op) {
        Instant now = clock.instant();
        Reachability.Down paused = reach.paused(t.terminalId(), now);
        if (paused != null) {
            return CompletableFuture.failedFuture(new UnreachableException("unreachable / 终端不在线 (" + paused.reason()
                    + "); next attempt after " + paused.until()));
        }
        return limiter.submit(() -> op.apply(api)).handle((reply, err) -> {
            Throwable e = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            if (e instanceof TerminalApi.BadSettingsException || e instanceof RejectedExecutionException) {
                throw new CompletionException(e); // the terminal is not to blame
            }
            if (e != null || reply.serverError()) {
                String why = e != null ? describe(e) : "HTTP " + reply.http();
                if (reach.failed(t, why, clock.instant())) {
                    transitions.wentOffline(t, why);
                }
                throw new CompletionException(new UnreachableException("unreachable / 终端不在线 (" + why + ")"));
            }
            if (reach.answered(t.terminalId())) {
                transitions.cameBack(t);
            }
            return reply;
        });
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? name : name + ": " + e.getMessage();
    }
}
