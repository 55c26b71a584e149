package org.gongkai.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.persistence.Jdbc;

/**
 * The audit chain in the database. Appending locks the single head row, so concurrent appends (also from other
 * nodes) are serialised and the chain stays linear; the lock is held until the caller's transaction ends.
 */
public final class AuditStore {
    static final int MAX_DETAILS = 4000;
    private static final String COLUMNS =
            "seq, created_at, actor, action, object_type, object_id, details, alg, prev_hash, hash";

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AuditEntry append(String algorithm, String actor, String action, String objectType, String objectId,
            String details) {
        String cut = details != null && details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        Head head = jdbc.queryOne("SELECT last_seq, last_hash FROM gk_audit_head WHERE id = 1 FOR UPDATE",
                rs -> new Head(rs.getLong(1), rs.getString(2))).orElseThrow();
        long seq = head.seq + 1;
        Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHasher.hash(algorithm, head.hash, seq, time, actor, action, objectType, objectId, cut);
        jdbc.update("INSERT INTO gk_audit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)", seq, time, actor, action,
                objectType, objectId, cut, algorithm, head.hash, hash);
        jdbc.update("UPDATE gk_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return new AuditEntry(seq, time, actor, action, objectType, objectId, cut, algorithm, head.hash, hash);
    }

    public List<AuditEntry> query(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM gk_audit WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        add(sql, params, "object_type", q.objectType());
        add(sql, params, "object_id", q.objectId());
        add(sql, params, "actor", q.actor());
        add(sql, params, "action", q.action());
        if (q.beforeSeq() != null) {
            sql.append(" AND seq < ?");
            params.add(q.beforeSeq());
        }
        int limit = Math.max(1, Math.min(500, q.limit()));
        sql.append(" ORDER BY seq DESC LIMIT ").append(limit);
        return jdbc.query(sql.toString(), AuditStore::map, params.toArray());
    }

    private static void add(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value.trim());
        }
    }

    /**
     * Walks the chain up to the head read at the start, in pages of 5,000 rows, recomputing every hash. Entries
     * appended while it runs are left for the next verification, so concurrent writers never look like tampering.
     */
    public AuditVerification verify() {
        Head head = jdbc.queryOne("SELECT last_seq, last_hash FROM gk_audit_head WHERE id = 1",
                rs -> new Head(rs.getLong(1), rs.getString(2))).orElseThrow();
        String previous = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = jdbc.query("SELECT " + COLUMNS + " FROM gk_audit WHERE seq >= ? AND seq <= ?"
                    + " ORDER BY seq LIMIT 5000", AuditStore::map, expectedSeq, head.seq);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                if (e.seq() != expectedSeq) {
                    return new AuditVerification(false, checked, expectedSeq,
                            "entry " + expectedSeq + " is missing (next present: " + e.seq() + ")");
                }
                if (!e.previousHash().equals(previous)) {
                    return new AuditVerification(false, checked, e.seq(), "entry " + e.seq()
                            + " does not link to the previous entry");
                }
                if (!AuditHasher.supported(e.algorithm())) {
                    return new AuditVerification(false, checked, e.seq(), "unknown algorithm " + e.algorithm());
                }
                String recomputed = AuditHasher.hash(e.algorithm(), e.previousHash(), e.seq(), e.time(), e.actor(),
                        e.action(), e.objectType(), e.objectId(), e.details());
                if (!recomputed.equals(e.hash())) {
                    return new AuditVerification(false, checked, e.seq(), "entry " + e.seq()
                            + " was changed after it was written (hash mismatch)");
                }
                previous = e.hash();
                expectedSeq++;
                checked++;
            }
        }
        if (checked != head.seq || !previous.equals(head.hash)) {
            return new AuditVerification(false, checked, checked + 1,
                    "the chain ends at entry " + checked + " but " + head.seq + " entries were written");
        }
        return new AuditVerification(true, checked, null, null);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Jdbc.instant(rs, "created_at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("details"),
                rs.getString("alg"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long seq, String hash) {
    }
}
