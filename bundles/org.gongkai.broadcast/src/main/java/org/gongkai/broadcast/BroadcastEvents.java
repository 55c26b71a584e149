package org.gongkai.broadcast;

/** OSGi EventAdmin topics of the broadcast capability; payloads carry the broadcast id under {@link #ID}. */
public final class BroadcastEvents {
    public static final String ID = "broadcastId";
    public static final String RELEASED = "org/gongkai/broadcast/RELEASED";
    public static final String EMERGENCY_RELEASED = "org/gongkai/broadcast/EMERGENCY_RELEASED";
    public static final String CANCELLED = "org/gongkai/broadcast/CANCELLED";

    private BroadcastEvents() {
    }
}
