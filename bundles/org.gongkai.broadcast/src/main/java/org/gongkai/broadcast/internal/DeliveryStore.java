package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.broadcast.DeliveryState;
import org.gongkai.broadcast.spi.Receipt;
import org.gongkai.platform.persistence.Jdbc;

/** SQL of delivery tracking ({@code gb_delivery}): one row per broadcast and terminal. */
final class DeliveryStore {
    private final Jdbc jdbc;

    DeliveryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One row as stored. */
    record Row(String broadcastId, String terminalId, DeliveryState state, int attempts, Instant lastSentAt,
            String detail) {
    }

    /**
     * Creates PENDING rows for the terminals that have none yet and answers those terminals: the rows are keyed by
     * (broadcast, terminal), so planning again — a slot re-run — yields nothing new to send.
     */
    List<String> plan(String broadcastId, List<String> terminalIds, Instant now) {
        java.util.Set<String> existing = new java.util.HashSet<>(jdbc.query(
                "SELECT terminal_id FROM gb_delivery WHERE broadcast_id = ?", rs -> rs.getString(1), broadcastId));
        List<Object[]> rows = terminalIds.stream().distinct().filter(t -> !existing.contains(t))
                .map(t -> new Object[] {broadcastId, t, DeliveryState.PENDING, now}).toList();
        if (!rows.isEmpty()) {
            jdbc.batch("INSERT INTO gb_delivery (broadcast_id, terminal_id, state, attempts, updated_at)"
                    + " VALUES (?,?,?,0,?)", rows);
        }
        return rows.stream().map(r -> (String) r[1]).toList();
    }

    /** The command went out (or could not: FAILED / OFFLINE with the reason); counts an attempt when sent or failed. */
    void dispatched(String broadcastId, String terminalId, DeliveryState state, String detail, Instant now) {
        dispatched(broadcastId, List.of(terminalId), state, detail, now);
    }

    /**
     * What the driver answered for a send to these terminals, in one batch. A terminal's receipt can arrive before
     * the driver's answer: a terminal that acknowledged or is playing keeps that state (the attempt still counts),
     * one that played is left alone.
     */
    void dispatched(String broadcastId, List<String> terminalIds, DeliveryState state, String detail, Instant now) {
        String keep = "CASE WHEN state IN ('ACKNOWLEDGED','PLAYING') THEN state ELSE ? END";
        List<Object[]> rows = new java.util.ArrayList<>(terminalIds.size());
        boolean attempt = state == DeliveryState.SENT || state == DeliveryState.FAILED;
        for (String terminalId : terminalIds) {
            rows.add(attempt ? new Object[] {state.name(), cut(detail), now, now, broadcastId, terminalId}
                    : new Object[] {state.name(), cut(detail), now, broadcastId, terminalId});
        }
        jdbc.batch(attempt
                ? "UPDATE gb_delivery SET state = " + keep + ", detail = ?, updated_at = ?, attempts = attempts + 1,"
                        + " last_sent_at = ? WHERE broadcast_id = ? AND terminal_id = ? AND state <> 'PLAYED'"
                : "UPDATE gb_delivery SET state = " + keep + ", detail = ?, updated_at = ? WHERE broadcast_id = ?"
                        + " AND terminal_id = ? AND state <> 'PLAYED'", rows);
    }

    /** Applies a receipt by {@link DeliveryRules}; answers the new state, empty for an unknown delivery. */
    Optional<DeliveryState> receipt(Receipt r, Instant now) {
        Optional<Row> row = find(r.broadcastId(), r.terminalId());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        DeliveryState next = DeliveryRules.after(row.get().state(), r.kind());
        if (next != row.get().state()) {
            jdbc.update("UPDATE gb_delivery SET state = ?, detail = ?, updated_at = ? WHERE broadcast_id = ?"
                    + " AND terminal_id = ? AND state = ?", next, cut(r.detail()), now, r.broadcastId(),
                    r.terminalId(), row.get().state());
        }
        return Optional.of(next);
    }

    Optional<Row> find(String broadcastId, String terminalId) {
        return jdbc.queryOne("SELECT broadcast_id, terminal_id, state, attempts, last_sent_at, detail FROM gb_delivery"
                + " WHERE broadcast_id = ? AND terminal_id = ?", DeliveryStore::row, broadcastId, terminalId);
    }

    List<Row> of(String broadcastId) {
        return jdbc.query("SELECT broadcast_id, terminal_id, state, attempts, last_sent_at, detail FROM gb_delivery"
                + " WHERE broadcast_id = ? ORDER BY terminal_id", DeliveryStore::row, broadcastId);
    }

    /** Deliveries waiting for a terminal that was offline or whose driver was missing. */
    List<Row> waitingFor(String terminalId) {
        return jdbc.query("SELECT broadcast_id, terminal_id, state, attempts, last_sent_at, detail FROM gb_delivery"
                + " WHERE terminal_id = ? AND state IN ('OFFLINE','PENDING') ORDER BY broadcast_id", DeliveryStore::row,
                terminalId);
    }

    /** One delivery with its terminal's name and region, for reports. */
    record Line(String broadcastId, String terminalId, String terminalName, String regionCode, DeliveryState state,
            int attempts, Instant lastSentAt, String detail, Instant updatedAt) {
    }

    /** The deliveries of a broadcast with their terminals, by terminal id. */
    List<Line> report(String broadcastId) {
        return jdbc.query("SELECT d.broadcast_id, d.terminal_id, t.name, t.region_code, d.state, d.attempts,"
                + " d.last_sent_at, d.detail, d.updated_at FROM gb_delivery d LEFT JOIN gb_terminal t"
                + " ON t.id = d.terminal_id WHERE d.broadcast_id = ? ORDER BY d.terminal_id", DeliveryStore::line,
                broadcastId);
    }

    /** The latest deliveries to one terminal. */
    List<Line> ofTerminal(String terminalId, int limit) {
        return jdbc.query("SELECT d.broadcast_id, d.terminal_id, t.name, t.region_code, d.state, d.attempts,"
                + " d.last_sent_at, d.detail, d.updated_at FROM gb_delivery d LEFT JOIN gb_terminal t"
                + " ON t.id = d.terminal_id WHERE d.terminal_id = ? ORDER BY d.updated_at DESC, d.broadcast_id LIMIT "
                + Math.max(1, Math.min(limit, 500)), DeliveryStore::line, terminalId);
    }

    /** Deliveries of a broadcast counted by state. */
    java.util.Map<DeliveryState, Long> counts(String broadcastId) {
        java.util.Map<DeliveryState, Long> out = new java.util.EnumMap<>(DeliveryState.class);
        jdbc.query("SELECT state, COUNT(*) FROM gb_delivery WHERE broadcast_id = ? GROUP BY state",
                rs -> out.put(DeliveryState.valueOf(rs.getString(1)), rs.getLong(2)), broadcastId);
        return out;
    }

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                DeliveryState.valueOf(rs.getString(5)), rs.getInt(6), Jdbc.instant(rs, "last_sent_at"),
                rs.getString(8), Jdbc.instant(rs, "updated_at"));
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), DeliveryState.valueOf(rs.getString(3)), rs.getInt(4),
                Jdbc.instant(rs, "last_sent_at"), rs.getString(6));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
