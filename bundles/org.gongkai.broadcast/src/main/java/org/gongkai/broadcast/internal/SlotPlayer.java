package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.Terminal;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the daily slots: on each tick the {@link SlotScheduler} decides the due township slots (claiming each once
 * in {@link FiredSlots}, outside any transaction), and for each slot fired on time or late this sends the released
 * broadcasts of that date and slot to the terminals of that township that their targets reach, one item after the
 * other in playlist order. A skipped slot (missed beyond the grace window) is logged and audited on each of its
 * broadcasts, which are not played there.
 *
 * <p>The claim is the guard against firing twice; deliveries are keyed (broadcast, terminal), so playing a slot again
 * sends nothing twice. That lets each tick also resume the slots claimed to play within the grace window: a node
 * that died between the claim and the sends (or a terminal bound just after the slot) is caught up late instead of
 * being lost.
 */
final class SlotPlayer {
    static final String PLAYED = "BROADCAST_SLOT_PLAYED";
    static final String SKIPPED = "BROADCAST_SLOT_SKIPPED";
    private static final Logger LOG = LoggerFactory.getLogger(SlotPlayer.class);

    private final SlotScheduler scheduler;
    private final SlotSchedule schedule;
    private final FiredSlots fired;
    private final SlotPlaylist playlist;
    private final BroadcastStore broadcasts;
    private final DeliveryService delivery;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    SlotPlayer(SlotSchedule schedule, FiredSlots fired, ZoneId zone, SlotPlaylist playlist, BroadcastStore broadcasts,
            DeliveryService delivery, Transactions tx, AuditTrail audit, Clock clock) {
        this.scheduler = new SlotScheduler(schedule, fired, zone);
        this.schedule = schedule;
        this.fired = fired;
        this.zone = zone;
        this.playlist = playlist;
        this.broadcasts = broadcasts;
        this.delivery = delivery;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Decides the due slots and plays them, then resumes the slots claimed earlier that are still within the grace
     * window; completes with this tick's decisions when every driver has answered.
     */
    CompletableFuture<List<SlotFiring>> tick() {
        Instant now = clock.instant();
        List<SlotFiring> decided = scheduler.tick(now, playlist.townships().stream().map(Region::code).toList());
        List<CompletableFuture<Void>> plays = new ArrayList<>();
        Set<SlotKey> fresh = new HashSet<>();
        for (SlotFiring f : decided) {
            fresh.add(f.key());
            plays.add(guarded(f.key(), () -> play(f)));
        }
        for (SlotFiring f : resumable(now)) {
            if (!fresh.contains(f.key())) {
                plays.add(guarded(f.key(), () -> resume(f)));
            }
        }
        return CompletableFuture.allOf(plays.toArray(CompletableFuture[]::new)).thenApply(v -> decided);
    }

    /** Plays (or records as missed) one slot of one township that was just decided. */
    CompletableFuture<Void> play(SlotFiring f) {
        Optional<DailySlot> slot = slotOf(f.key());
        if (slot.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<BroadcastStore.Scheduled> items = playlist.released(f.key().date(), slot.get(), f.key().township());
        String where = where(f.key(), slot.get());
        if (!f.plays()) {
            if (items.isEmpty()) {
                LOG.info("Daily slot {} missed by {} (beyond the grace window); it had nothing to play", where,
                        minutes(f.lateness()));
            } else {
                LOG.warn("Daily slot {} missed by {} (beyond the grace window): {} not played there", where,
                        minutes(f.lateness()), items.stream().map(BroadcastStore.Scheduled::id).toList());
                tx.required(() -> items.forEach(s -> audit.append(Actor.SYSTEM, SKIPPED, "broadcast", s.id(),
                        where + " missed by " + minutes(f.lateness()) + ", not played")));
            }
            return CompletableFuture.completedFuture(null);
        }
        if (items.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("Daily slot {} fired {}: {}", where, f.outcome(), items.stream().map(BroadcastStore.Scheduled::id)
                .toList());
        tx.required(() -> items.forEach(s -> audit.append(Actor.SYSTEM, PLAYED, "broadcast", s.id(), where + " "
                + f.outcome() + (f.outcome() == SlotFiring.Outcome.LATE ? " by " + minutes(f.lateness()) : ""))));
        return inOrder(items, f.key(), where, null);
    }

    /** Sends what a slot claimed earlier has not sent yet (nothing, normally); audits what it catches up. */
    private CompletableFuture<Void> resume(SlotFiring f) {
        Optional<DailySlot> slot = slotOf(f.key());
        if (slot.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<BroadcastStore.Scheduled> items = playlist.released(f.key().date(), slot.get(), f.key().township());
        String where = where(f.key(), slot.get());
        return inOrder(items, f.key(), where, (id, n) -> {
            LOG.warn("Daily slot {}: {} sent late to {} terminal(s) it had not reached", where, id, n);
            tx.required(() -> audit.append(Actor.SYSTEM, PLAYED, "broadcast", id, where + " RESUMED by "
                    + minutes(f.lateness()) + ", " + n + " terminal(s)"));
        });
    }

    /** The slots of yesterday and today claimed to play whose start lies within the grace window. */
    private List<SlotFiring> resumable(Instant now) {
        List<SlotFiring> out = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            for (Map.Entry<SlotKey, FiredSlots.Decision> e : fired.decided(date).entrySet()) {
                SlotKey key = e.getKey();
                Duration late = Duration.between(date.atTime(key.slot()).atZone(zone).toInstant(), now);
                if (e.getValue().outcome() != SlotFiring.Outcome.SKIPPED && !late.isNegative()
                        && late.compareTo(schedule.grace()) <= 0) {
                    out.add(new SlotFiring(key, e.getValue().outcome(), late));
                }
            }
        }
        return out;
    }

    /** Sends the items one after the other; {@code caughtUp} hears of each item that reached new terminals. */
    private CompletableFuture<Void> inOrder(List<BroadcastStore.Scheduled> items, SlotKey key, String where,
            java.util.function.BiConsumer<String, Integer> caughtUp) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (BroadcastStore.Scheduled s : items) {
            chain = chain.thenCompose(v -> send(s.id(), key.township())).thenAccept(n -> {
                if (caughtUp != null && n > 0) {
                    caughtUp.accept(s.id(), n);
                }
            }).exceptionally(e -> {
                LOG.warn("Daily slot {}: sending {} failed", where, s.id(), e);
                return null;
            });
        }
        return chain;
    }

    /** Sends one broadcast, if still released, to its terminals inside the township that have not had it. */
    private CompletableFuture<Integer> send(String id, String township) {
        Optional<Broadcast> b = broadcasts.find(id).filter(x -> x.state() == BroadcastState.RELEASED);
        if (b.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        List<Terminal> here = delivery.terminalsOf(b.get()).stream()
                .filter(t -> TargetScope.contains(township, t.regionCode())).toList();
        return delivery.deliverTo(b.get(), here);
    }

    private Optional<DailySlot> slotOf(SlotKey key) {
        Optional<DailySlot> slot = schedule.slotAt(key.township(), key.slot());
        if (slot.isEmpty()) {
            LOG.warn("Daily slot {} of township {} on {} is no longer configured; nothing played", key.slot(),
                    key.township(), key.date());
        }
        return slot;
    }

    private static CompletableFuture<Void> guarded(SlotKey key, java.util.function.Supplier<CompletableFuture<Void>> p) {
        try {
            return p.get();
        } catch (RuntimeException e) {
            LOG.warn("Daily slot {} {} {}: playing failed", key.date(), key.township(), key.slot(), e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static String where(SlotKey key, DailySlot slot) {
        return key.township() + " " + key.date() + " " + slot + " " + key.slot();
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }
}
