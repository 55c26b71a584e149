package org.gongkai.broadcast;

import java.time.Instant;

/** One recorded step of the review chain: who did what, when, with which comment. */
public record ReviewStep(Action action, String username, String agencyCode, Instant at, String comment) {

    /** The steps of the chain. */
    public enum Action {
        SUBMIT, APPROVE, REJECT, RELEASE, CANCEL
    }
}
