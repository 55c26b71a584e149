package org.gongkai.broadcast.internal;

import java.time.Duration;

/** What the scheduler decided for a due slot, recorded once: played (on time or late) or skipped as missed. */
public record SlotFiring(SlotKey key, Outcome outcome, Duration lateness) {

    /** The decision. */
    public enum Outcome {
        /** Fired within the tick tolerance. */
        ON_TIME,
        /** Fired late but within the grace window (e.g. after a restart). */
        LATE,
        /** Missed beyond the grace window: logged, not played. */
        SKIPPED
    }

    public boolean plays() {
        return outcome != Outcome.SKIPPED;
    }
}
