package org.gongkai.broadcast;

import java.time.Instant;

/**
 * The emergency part of a broadcast, shaped after EBM (GY/T 385) and CAP 1.2.
 *
 * @param level 红橙黄蓝
 * @param eventType the event, e.g. 暴雨 or an EBM event-type code
 * @param start when playback may begin
 * @param end when the message expires: no (re)sending afterwards
 * @param capIdentifier the CAP identifier it was imported from, or null
 * @param capSender the CAP sender it was imported from, or null
 * @param exercise true for a drill or test (CAP status Exercise/Test): terminals announce it as such
 */
public record EmergencyInfo(EmergencyLevel level, String eventType, Instant start, Instant end, String capIdentifier,
        String capSender, boolean exercise) {
}
