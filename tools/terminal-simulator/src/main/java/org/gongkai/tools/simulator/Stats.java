package org.gongkai.tools.simulator;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of what the simulated terminals saw and answered, for the summary a run prints and for assertions. */
public final class Stats {
    final AtomicLong commands = new AtomicLong();
    final AtomicLong plays = new AtomicLong();
    final AtomicLong acks = new AtomicLong();
    final AtomicLong noAcks = new AtomicLong();
    final AtomicLong played = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong stops = new AtomicLong();
    final AtomicLong volumes = new AtomicLong();
    final AtomicLong statusQueries = new AtomicLong();
    final AtomicLong toOffline = new AtomicLong();
    final AtomicLong rejectedAuth = new AtomicLong();

    /** Every command addressed to a simulated terminal, of any kind, including those of offline terminals. */
    public long commands() {
        return commands.get();
    }

    public long plays() {
        return plays.get();
    }

    public long acks() {
        return acks.get();
    }

    public long noAcks() {
        return noAcks.get();
    }

    public long played() {
        return played.get();
    }

    public long failed() {
        return failed.get();
    }

    public long stops() {
        return stops.get();
    }

    public long volumes() {
        return volumes.get();
    }

    public long statusQueries() {
        return statusQueries.get();
    }

    /** Commands that reached a switched-off terminal and were dropped. */
    public long toOffline() {
        return toOffline.get();
    }

    /** HTTP requests refused for a missing or wrong token. */
    public long rejectedAuth() {
        return rejectedAuth.get();
    }

    public String summary() {
        return String.format("commands=%d plays=%d acks=%d noAck=%d played=%d failed=%d stops=%d volume=%d "
                + "status=%d toOffline=%d rejectedAuth=%d", commands(), plays(), acks(), noAcks(), played(), failed(),
                stops(), volumes(), statusQueries(), toOffline(), rejectedAuth());
    }

    @Override
    public String toString() {
        return summary();
    }
}
