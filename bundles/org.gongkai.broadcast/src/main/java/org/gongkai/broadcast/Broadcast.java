package org.gongkai.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A broadcast (广播) and its review history. Immutable: each step of the chain gives a new value.
 *
 * @param id the broadcast id
 * @param kind routine or emergency
 * @param content what is played
 * @param agencyCode the agency that owns it (the author's)
 * @param author the username of the author
 * @param targets where it plays (at least one)
 * @param emergency the emergency details, or null for a routine broadcast
 * @param state where it stands
 * @param history the review steps, oldest first
 */
public record Broadcast(String id, BroadcastKind kind, Content content, String agencyCode, String author,
        List<Target> targets, EmergencyInfo emergency, BroadcastState state, List<ReviewStep> history) {

    public Broadcast {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        targets = List.copyOf(targets);
        history = List.copyOf(history);
    }

    /** A new draft with an empty history. */
    public static Broadcast draft(String id, BroadcastKind kind, Content content, String agencyCode, String author,
            List<Target> targets, EmergencyInfo emergency) {
        return new Broadcast(id, kind, content, agencyCode, author, targets, emergency, BroadcastState.DRAFT, List.of());
    }

    /** The same broadcast in a new state with one more step. */
    public Broadcast step(BroadcastState newState, ReviewStep step) {
        List<ReviewStep> h = new ArrayList<>(history);
        h.add(step);
        return new Broadcast(id, kind, content, agencyCode, author, targets, emergency, newState, h);
    }

    /** The approval of the latest submission, if there is one on record. */
    public Optional<ReviewStep> approval() {
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewStep s = history.get(i);
            if (s.action() == ReviewStep.Action.APPROVE) {
                return Optional.of(s);
            }
            if (s.action() == ReviewStep.Action.SUBMIT || s.action() == ReviewStep.Action.REJECT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The latest submission step, if any. */
    public Optional<ReviewStep> lastSubmission() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == ReviewStep.Action.SUBMIT) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
