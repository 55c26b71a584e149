package org.gongkai.broadcast;

/** How far a broadcast got on one terminal. */
public enum DeliveryState {
    /** Not sent yet (waiting for its time, or for the driver). */
    PENDING("待发送", "Pending"),
    /** The terminal was offline or its driver missing when due; sent when it comes back. */
    OFFLINE("离线待发", "Offline"),
    /** Handed to the driver's transport. */
    SENT("已发送", "Sent"),
    ACKNOWLEDGED("已接收", "Acknowledged"),
    PLAYING("播放中", "Playing"),
    PLAYED("已播放", "Played"),
    FAILED("失败", "Failed");

    private final String nameZh;
    private final String nameEn;

    DeliveryState(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
