package org.gongkai.broadcast.internal;

import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.spi.Receipt;

/**
 * How a terminal's delivery state moves with its receipts. Receipts may arrive late or twice (QoS 1 redelivers), so
 * the state only moves forward — an ACK after PLAYED changes nothing — and PLAYED is final: a terminal that played
 * the broadcast has done its job even if a later resend fails.
 */
public final class DeliveryRules {
    private DeliveryRules() {
    }

    public static DeliveryState after(DeliveryState current, Receipt.Kind receipt) {
        if (current == DeliveryState.PLAYED) {
            return current;
        }
        DeliveryState next = switch (receipt) {
            case ACK -> DeliveryState.ACKNOWLEDGED;
            case PLAYING -> DeliveryState.PLAYING;
            case PLAYED -> DeliveryState.PLAYED;
            case FAILED -> DeliveryState.FAILED;
        };
        if (next == DeliveryState.FAILED) {
            return next;
        }
        return rank(next) > rank(current) ? next : current;
    }

    private static int rank(DeliveryState s) {
        return switch (s) {
            case PENDING, OFFLINE, FAILED -> 0;
            case SENT -> 1;
            case ACKNOWLEDGED -> 2;
            case PLAYING -> 3;
            case PLAYED -> 4;
        };
    }
}
