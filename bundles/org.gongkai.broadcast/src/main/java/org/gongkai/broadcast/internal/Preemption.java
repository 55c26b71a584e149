package org.gongkai.broadcast.internal;

/**
 * What happens when a programme arrives at a terminal that may be busy: a higher priority pre-empts (emergencies
 * stop routine programmes, a red alert stops a blue one), anything else waits its turn.
 */
public final class Preemption {

    /** The decision for the incoming programme. */
    public enum Decision {
        /** The terminal is idle: play now. */
        PLAY,
        /** Stop the current programme, then play. */
        PREEMPT,
        /** Queue behind the current programme. */
        WAIT
    }

    private Preemption() {
    }

    /** @param currentPriority the priority playing now, or null when idle */
    public static Decision decide(Integer currentPriority, int incomingPriority) {
        if (currentPriority == null) {
            return Decision.PLAY;
        }
        return incomingPriority > currentPriority ? Decision.PREEMPT : Decision.WAIT;
    }
}
