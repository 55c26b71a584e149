package org.gongkai.broadcast;

/** Routine 政务 programmes go through the full review chain; emergencies through a single approval. */
public enum BroadcastKind {
    ROUTINE, EMERGENCY
}
