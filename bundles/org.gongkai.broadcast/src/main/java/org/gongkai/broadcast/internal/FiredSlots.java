package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The persisted record of decided slots. {@link #claim} must be atomic across restarts and nodes (a row keyed by
 * date, township and slot: the insert of the second claimant fails), which is what makes a slot fire exactly once.
 */
public interface FiredSlots {

    /** Records the decision for the slot; true only for the caller that recorded it first. */
    boolean claim(SlotKey key, SlotFiring.Outcome outcome, Instant at);

    /** The slots of a date decided so far, for the schedule board and the item page. */
    Map<SlotKey, Decision> decided(LocalDate date);

    /** A recorded decision. */
    record Decision(SlotFiring.Outcome outcome, Instant at) {
    }
}
