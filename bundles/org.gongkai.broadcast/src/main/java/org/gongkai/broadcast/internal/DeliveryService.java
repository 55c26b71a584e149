package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.Target;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.spi.BroadcastDriver;
import org.gongkai.broadcast.spi.PlayRequest;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Message;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.persistence.Transactions;

/**
 * Takes released broadcasts to the speakers: resolves targets to terminals, plans one delivery row per terminal,
 * sends through each terminal's driver (via the {@link Dispatcher}, never blocking), and records what happened —
 * sent, failed, or offline when the driver is missing. Receipts move the rows on; a driver that comes back gets the
 * deliveries that waited for it; emergencies are re-sent by the {@link ResendPolicy} until played or expired; a
 * cancel stops them everywhere. Refuses anything that is not released with an approval on record.
 */
final class DeliveryService {
    static final String EXERCISE_PREFIX = "【演练】";

    private final BroadcastStore broadcasts;
    private final TerminalStore terminals;
    private final DeliveryStore deliveries;
    private final Transactions tx;
    private final DriverRegistry registry;
    private final Dispatcher dispatcher;
    private final ResendPolicy resend;
    private final QualityCheck quality;
    private final Clock clock;
    private final AudioSource audio;

    DeliveryService(BroadcastStore broadcasts, TerminalStore terminals, DeliveryStore deliveries, Transactions tx,
            DriverRegistry registry, Dispatcher dispatcher, ResendPolicy resend, QualityCheck quality, Clock clock) {
        this(broadcasts, terminals, deliveries, tx, registry, dispatcher, resend, quality, clock, AudioSource.NONE);
    }

    /** @param audio the stored audio a broadcast plays (signed link in each request), beside its text */
    DeliveryService(BroadcastStore broadcasts, TerminalStore terminals, DeliveryStore deliveries, Transactions tx,
            DriverRegistry registry, Dispatcher dispatcher, ResendPolicy resend, QualityCheck quality, Clock clock,
            AudioSource audio) {
        this.audio = audio;
        this.broadcasts = broadcasts;
        this.terminals = terminals;
        this.deliveries = deliveries;
        this.tx = tx;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.resend = resend;
        this.quality = quality;
        this.clock = clock;
    }

    /** Sends a released broadcast to every terminal its targets reach; completes when every driver has answered. */
    CompletableFuture<Void> deliver(Broadcast b) {
        requireReleased(b);
        List<Terminal> reached = terminalsOf(b);
        tx.required(() -> deliveries.plan(b.id(), reached.stream().map(Terminal::id).toList(), clock.instant()));
        return send(b, reached);
    }

    /**
     * Sends a released broadcast to those of the given terminals that have no delivery yet (a daily slot plays it
     * township by township); completes with their number when every driver has answered. Running it again sends
     * nothing twice.
     */
    CompletableFuture<Integer> deliverTo(Broadcast b, List<Terminal> reached) {
        requireReleased(b);
        List<String> planned = tx.required(() -> deliveries.plan(b.id(), reached.stream().map(Terminal::id).toList(),
                clock.instant()));
        java.util.Set<String> fresh = java.util.Set.copyOf(planned);
        return send(b, reached.stream().filter(t -> fresh.contains(t.id())).toList()).thenApply(v -> fresh.size());
    }

    /** The terminals a broadcast's targets reach, each once, in target order. */
    List<Terminal> terminalsOf(Broadcast b) {
        Map<String, Terminal> out = new LinkedHashMap<>();
        for (Target t : b.targets()) {
            if (t.kind() == Target.Kind.TERMINAL) {
                terminals.find(t.code()).ifPresent(x -> out.putIfAbsent(x.id(), x));
            } else {
                terminals.inRegion(t.code()).forEach(x -> out.putIfAbsent(x.id(), x));
            }
        }
        return List.copyOf(out.values());
    }

    Optional<Terminal> terminal(String id) {
        return terminals.find(id == null ? "" : id);
    }

    void receipt(Receipt r) {
        tx.required(() -> deliveries.receipt(r, clock.instant()));
    }

    void status(TerminalStatus s) {
        tx.required(() -> terminals.status(s));
    }

    /** A driver (re)appeared: sends what waited for its terminals, if still released and not expired. */
    CompletableFuture<Void> driverAvailable(String driverId) {
        Map<String, List<Terminal>> byBroadcast = new LinkedHashMap<>();
        for (Terminal t : terminals.ofDriver(driverId)) {
            for (DeliveryStore.Row row : deliveries.waitingFor(t.id())) {
                byBroadcast.computeIfAbsent(row.broadcastId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        byBroadcast.forEach((id, list) -> broadcasts.find(id).filter(this::live).ifPresent(b -> sends.add(send(b, list))));
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    /** Re-sends released, unexpired emergencies to the terminals that have not played them yet. */
    CompletableFuture<Void> resendDue() {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (String id : broadcasts.idsInState(BroadcastState.RELEASED, BroadcastKind.EMERGENCY)) {
            Optional<Broadcast> b = broadcasts.find(id).filter(this::live);
            if (b.isEmpty()) {
                continue;
            }
            Map<String, Terminal> byId = new LinkedHashMap<>();
            terminalsOf(b.get()).forEach(t -> byId.put(t.id(), t));
            List<TerminalDelivery> state = deliveries.of(id).stream().filter(r -> byId.containsKey(r.terminalId()))
                    .map(r -> new TerminalDelivery(r.terminalId(), r.state(), r.lastSentAt(), r.attempts(),
                            reachable(byId.get(r.terminalId()))))
                    .toList();
            List<String> due = resend.due(state, now, b.get().emergency().end(),
                    Duration.ofSeconds(quality.durationSeconds(audio.withPlayedAudio(b.get()).content())));
            if (!due.isEmpty()) {
                sends.add(send(b.get(), due.stream().map(byId::get).toList()));
            }
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    /** Stops a (cancelled) broadcast on every terminal it was sent to. */
    CompletableFuture<Void> stopEverywhere(Broadcast b) {
        Map<String, List<TerminalBinding>> byDriver = new LinkedHashMap<>();
        for (DeliveryStore.Row row : deliveries.of(b.id())) {
            if (row.state() == DeliveryState.PENDING || row.state() == DeliveryState.OFFLINE) {
                continue;
            }
            terminals.find(row.terminalId()).ifPresent(t -> binding(t).ifPresent(binding -> byDriver.computeIfAbsent(
                    t.driverId(), k -> new ArrayList<>()).add(binding)));
        }
        List<CompletableFuture<?>> stops = new ArrayList<>();
        byDriver.forEach((driver, list) -> stops.add(dispatcher.stop(driver, b.id(), list)));
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> send(Broadcast b, List<Terminal> list) {
        requireReleased(b);
        Instant now = clock.instant();
        Map<String, List<TerminalBinding>> byDriver = new LinkedHashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Terminal t : list) {
            if (!registry.available(t.driverId())) {
                missing.computeIfAbsent(t.driverId(), k -> new ArrayList<>()).add(t.id());
                continue;
            }
            try {
                byDriver.computeIfAbsent(t.driverId(), k -> new ArrayList<>()).add(bind(t));
            } catch (ValidationException e) {
                String why = e.fieldErrors().stream().map(FieldError::en).reduce((x, y) -> x + "; " + y).orElse("");
                record(b.id(), t.id(), DeliveryState.FAILED, "invalid settings: " + why, now);
            }
        }
        // the terminals of a missing driver wait, recorded in one batch per driver
        missing.forEach((driverId, ids) -> tx.required(() -> deliveries.dispatched(b.id(), ids, DeliveryState.OFFLINE,
                "driver missing: " + driverId, now)));
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        byDriver.forEach((driverId, bindings) -> sends.add(dispatcher.play(driverId, request(b, bindings))
                .thenAccept(result -> {
                    DeliveryState s = switch (result.outcome()) {
                        case SENT -> DeliveryState.SENT;
                        case DRIVER_MISSING -> DeliveryState.OFFLINE;
                        case FAILED, TIMED_OUT, BUSY -> DeliveryState.FAILED;
                    };
                    String detail = result.sent() ? "" : result.outcome() + ": " + result.detail();
                    // one batch for the driver's whole answer (it comes on the driver's thread)
                    List<String> ids = bindings.stream().map(TerminalBinding::terminalId).toList();
                    tx.required(() -> deliveries.dispatched(b.id(), ids, s, detail, clock.instant()));
                })));
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    private void record(String broadcastId, String terminalId, DeliveryState state, String detail, Instant now) {
        tx.required(() -> deliveries.dispatched(broadcastId, terminalId, state, detail, now));
    }

    private PlayRequest request(Broadcast b, List<TerminalBinding> bindings) {
        boolean emergency = b.kind() == BroadcastKind.EMERGENCY;
        String text = b.content().text();
        if (emergency && b.emergency().exercise() && text != null) {
            text = EXERCISE_PREFIX + text;
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
        return new PlayRequest(b.id(), bindings, audio.audioUrl(b), text,
                emergency ? PlayRequest.emergencyPriority(b.emergency().level().level()) : PlayRequest.ROUTINE,
                emergency ? b.emergency().end() : null);
    }

    private TerminalBinding bind(Terminal t) {
        BroadcastDriver d = registry.driver(t.driverId()).orElseThrow();
        return TerminalSettings.bind(t.id(), d.settings(), t.settings());
    }

    private Optional<TerminalBinding> binding(Terminal t) {
        try {
            return registry.driver(t.driverId()).map(d -> TerminalSettings.bind(t.id(), d.settings(), t.settings()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private boolean reachable(Terminal t) {
        return registry.available(t.driverId()) && terminals.lastStatus(t.id())
                .map(s -> s.state() != TerminalStatus.State.OFFLINE).orElse(true);
    }

    private boolean live(Broadcast b) {
        return b.state() == BroadcastState.RELEASED && (b.emergency() == null || b.emergency().end() == null
                || clock.instant().isBefore(b.emergency().end()));
    }

    private static void requireReleased(Broadcast b) {
        if (b.state() != BroadcastState.RELEASED || b.approval().isEmpty()) {
            throw new ConflictException(Message.of("只有经审核并发布的广播才能播出",
                    "Only an approved and released broadcast goes to the speakers"));
        }
    }
}
