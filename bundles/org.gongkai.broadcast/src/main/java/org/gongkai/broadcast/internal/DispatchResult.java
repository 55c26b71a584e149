package org.gongkai.broadcast.internal;

/** How a command to a driver ended, from the core's side (what the terminals did comes later as receipts). */
public record DispatchResult(String driverId, Outcome outcome, String detail) {

    /** The outcome. */
    public enum Outcome {
        /** The driver accepted and sent the command. */
        SENT,
        /** The driver threw or completed exceptionally. */
        FAILED,
        /** The driver did not answer within the timeout. */
        TIMED_OUT,
        /** No driver with the id is present. */
        DRIVER_MISSING,
        /** The driver's queue is full (it is hanging or overloaded). */
        BUSY
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }
}
