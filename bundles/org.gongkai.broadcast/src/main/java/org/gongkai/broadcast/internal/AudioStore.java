package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.broadcast.audio.AudioKind;
import org.gongkai.platform.persistence.Jdbc;

/**
 * SQL of broadcast audio ({@code gb_audio}): the files with their measured facts, read without the bytes except when
 * one is served. At most one file per broadcast is {@code chosen}; call {@link #choose} within a transaction.
 */
final class AudioStore {
    private static final String META = "id, broadcast_id, kind, label, content_type, size_bytes, duration_ms, sha256,"
            + " script_sha256, chosen, created_at, created_by";
    private final Jdbc jdbc;

    AudioStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored file without its bytes. */
    record Meta(String id, String broadcastId, AudioKind kind, String label, String contentType, int sizeBytes,
            long durationMs, String sha256, String scriptSha256, boolean chosen, Instant createdAt, String createdBy) {
    }

    /** A file to serve. */
    record Stored(String id, String broadcastId, String contentType, byte[] data) {
    }

    /** Stores a file and returns its new id. */
    String insert(String broadcastId, AudioKind kind, String label, String contentType, long durationMs, byte[] data,
            String sha256, String scriptSha256, Instant now, String by) {
        String id = "GA" + jdbc.nextval("gb_audio_seq");
        jdbc.update("INSERT INTO gb_audio (id, broadcast_id, kind, label, content_type, size_bytes, duration_ms, sha256,"
                + " script_sha256, chosen, data, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", id,
                broadcastId, kind, label, contentType, data.length, durationMs, sha256, scriptSha256, false, data, now,
                by);
        return id;
    }

    /** The files of a broadcast, newest first. */
    List<Meta> of(String broadcastId) {
        return jdbc.query("SELECT " + META + " FROM gb_audio WHERE broadcast_id = ? ORDER BY created_at DESC, id DESC",
                rs -> new Meta(rs.getString(1), rs.getString(2), AudioKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), Jdbc.instant(rs, "created_at"), rs.getString(12)), broadcastId);
    }

    Optional<Stored> data(String id) {
        return jdbc.queryOne("SELECT id, broadcast_id, content_type, data FROM gb_audio WHERE id = ?",
                rs -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), id);
    }

    /** Marks one file as the one that plays (null: none chosen); false when the id is not a file of the broadcast. */
    boolean choose(String broadcastId, String audioId) {
        jdbc.update("UPDATE gb_audio SET chosen = FALSE WHERE broadcast_id = ? AND chosen = TRUE", broadcastId);
        return audioId == null || jdbc.update("UPDATE gb_audio SET chosen = TRUE WHERE broadcast_id = ? AND id = ?",
                broadcastId, audioId) == 1;
    }

    boolean delete(String broadcastId, String audioId) {
        return jdbc.update("DELETE FROM gb_audio WHERE broadcast_id = ? AND id = ?", broadcastId, audioId) == 1;
    }

    /** Drops the synthesised files of a broadcast that nobody chose (superseded by a new synthesis). */
    int dropUnchosenSynthesized(String broadcastId) {
        return jdbc.update("DELETE FROM gb_audio WHERE broadcast_id = ? AND kind = 'SYNTHESIZED' AND chosen = FALSE",
                broadcastId);
    }
}
