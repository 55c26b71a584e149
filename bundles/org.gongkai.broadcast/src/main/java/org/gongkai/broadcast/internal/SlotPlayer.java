package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * broadcasts, which are not played there. Deliveries are keyed (broadcast, terminal), so playing a slot again sends
 * nothing twice.
 */
final class SlotPlayer {
    static final String PLAYED = "BROADCAST_SLOT_PLAYED";
    static final String SKIPPED = "BROADCAST_SLOT_SKIPPED";
    private static final Logger LOG = LoggerFactory.getLogger(SlotPlayer.class);

    private final SlotScheduler scheduler;
    private final SlotSchedule schedule;
    private final SlotPlaylist playlist;
    private final BroadcastStore broadcasts;
    private final DeliveryService delivery;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;

    SlotPlayer(SlotScheduler scheduler, SlotSchedule schedule, SlotPlaylist playlist, BroadcastStore broadcasts,
            DeliveryService delivery, Transactions tx, AuditTrail audit, Clock clock) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.playlist = playlist;
        this.broadcasts = broadcasts;
        this.delivery = delivery;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Decides the due slots and plays them; completes with the decisions when every driver has answered. */
    CompletableFuture<List<SlotFiring>> tick() {
        List<SlotFiring> decided = scheduler.tick(clock.instant(), playlist.townships().stream().map(Region::code)
                .toList());
        List<CompletableFuture<Void>> plays = new ArrayList<>();
        for (SlotFiring f : decided) {
            try {
                plays.add(play(f));
            } catch (RuntimeException e) {
                LOG.warn("Daily slot {} {} {}: playing failed", f.key().date(), f.key().township(), f.key().slot(), e);
            }
        }
        return CompletableFuture.allOf(plays.toArray(CompletableFuture[]::new)).thenApply(v -> decided);
    }

    /** Plays (or records as missed) one decided slot of one township. */
    CompletableFuture<Void> play(SlotFiring f) {
        SlotKey key = f.key();
        Optional<DailySlot> slot = schedule.slotAt(key.township(), key.slot());
        if (slot.isEmpty()) {
            LOG.warn("Daily slot {} of township {} on {} is no longer configured; nothing played", key.slot(),
                    key.township(), key.date());
            return CompletableFuture.completedFuture(null);
        }
        List<BroadcastStore.Scheduled> items = playlist.released(key.date(), slot.get(), key.township());
        String where = key.township() + " " + key.date() + " " + slot.get() + " " + key.slot();
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
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (BroadcastStore.Scheduled s : items) {
            chain = chain.thenCompose(v -> send(s.id(), key.township())).exceptionally(e -> {
                LOG.warn("Daily slot {}: sending {} failed", where, s.id(), e);
                return null;
            });
        }
        return chain;
    }

    /** Sends one broadcast, if still released, to its terminals inside the township. */
    private CompletableFuture<Void> send(String id, String township) {
        Optional<Broadcast> b = broadcasts.find(id).filter(x -> x.state() == BroadcastState.RELEASED);
        if (b.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Terminal> here = delivery.terminalsOf(b.get()).stream()
                .filter(t -> TargetScope.contains(township, t.regionCode())).toList();
        return delivery.deliverTo(b.get(), here);
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }
}
