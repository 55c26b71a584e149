package org.gongkai.broadcast.audio;

import java.time.Instant;

/**
 * One audio file of a broadcast, without its bytes.
 *
 * @param id the audio id
 * @param label what it is, e.g. 普通话（合成） or 灵川话
 * @param contentType {@code audio/wav} or {@code audio/mpeg}
 * @param durationMs measured from the file
 * @param sha256 hex digest of the file
 * @param chosen staff chose it to play
 * @param current for synthesised audio: spoken from the script as it is now (false once the script was edited)
 * @param plays this is what terminals get when the broadcast goes out
 */
public record AudioInfo(String id, String broadcastId, AudioKind kind, String label, String contentType,
        long sizeBytes, long durationMs, String sha256, boolean chosen, boolean current, boolean plays,
        Instant createdAt, String createdBy) {
}
