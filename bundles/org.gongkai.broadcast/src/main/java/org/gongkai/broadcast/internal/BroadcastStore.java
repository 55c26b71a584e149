package org.gongkai.broadcast.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.Content;
import org.gongkai.broadcast.DailySlot;
import org.gongkai.broadcast.EmergencyInfo;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.PlaySchedule;
import org.gongkai.broadcast.ReviewStep;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;
import org.gongkai.platform.persistence.Jdbc;

/**
 * SQL of broadcasts ({@code gb_broadcast}), their targets and review steps. A state change is written only if the
 * row is still in the state it was read in, so two reviewers acting at once cannot both win; call within one
 * transaction so the steps commit with the state.
 */
final class BroadcastStore {
    private static final String COLUMNS = "id, kind, title, script, audio_url, duration_seconds, agency_code, author,"
            + " state, emergency_level, event_type, starts_at, ends_at, cap_identifier, cap_sender, exercise";
    private final Jdbc jdbc;

    BroadcastStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Broadcast b, Instant now) {
        EmergencyInfo e = b.emergency();
        jdbc.update("INSERT INTO gb_broadcast (" + COLUMNS + ", created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", b.id(), b.kind(), b.content().title(),
                b.content().text(), b.content().audioUrl(), b.content().durationSeconds(), b.agencyCode(), b.author(),
                b.state(), e == null || e.level() == null ? null : e.level().level(), e == null ? null : e.eventType(),
                e == null ? null : e.start(), e == null ? null : e.end(), e == null ? null : e.capIdentifier(),
                e == null ? null : e.capSender(), e != null && e.exercise(), now, now);
        writeTargets(b);
        appendSteps(b, 0);
    }

    /** Replaces the content and targets of a draft. */
    void updateDraft(Broadcast b, Instant now) {
        EmergencyInfo e = b.emergency();
        int n = jdbc.update("UPDATE gb_broadcast SET title = ?, script = ?, audio_url = ?, duration_seconds = ?,"
                + " emergency_level = ?, event_type = ?, starts_at = ?, ends_at = ?, updated_at = ?"
                + " WHERE id = ? AND state = 'DRAFT'", b.content().title(), b.content().text(), b.content().audioUrl(),
                b.content().durationSeconds(), e == null || e.level() == null ? null : e.level().level(),
                e == null ? null : e.eventType(), e == null ? null : e.start(), e == null ? null : e.end(), now, b.id());
        if (n != 1) {
            throw stale();
        }
        jdbc.update("DELETE FROM gb_broadcast_target WHERE broadcast_id = ?", b.id());
        writeTargets(b);
    }

    /** Writes the new state and the steps added since {@code before} was read; refuses if someone moved it first. */
    void transition(Broadcast before, Broadcast after, Instant now) {
        int n = jdbc.update("UPDATE gb_broadcast SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                after.state(), now, after.id(), before.state());
        if (n != 1) {
            throw stale();
        }
        appendSteps(after, before.history().size());
    }

    Optional<Broadcast> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM gb_broadcast WHERE id = ?", rs -> row(rs), id)
                .map(r -> new Broadcast(r.id, r.kind, r.content, r.agency, r.author, targets(id), r.emergency, r.state,
                        steps(id)));
    }

    /** Ids of broadcasts in a state, oldest first. */
    List<String> idsInState(BroadcastState state, BroadcastKind kind) {
        return jdbc.query("SELECT id FROM gb_broadcast WHERE state = ? AND kind = ? ORDER BY created_at, id",
                rs -> rs.getString(1), state, kind);
    }

    /** Sets the category (栏目) and the written text (文字稿) beside the played script. */
    void details(String id, String category, String body) {
        jdbc.update("UPDATE gb_broadcast SET category = ?, body = ? WHERE id = ?", category, body, id);
    }

    /** The category and written text of a broadcast, as {category, body}. */
    String[] details(String id) {
        return jdbc.queryOne("SELECT category, body FROM gb_broadcast WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id).orElse(new String[2]);
    }

    /** Sets when a routine broadcast plays: a date and daily slot, or null for "on release". */
    void schedule(String id, PlaySchedule schedule) {
        jdbc.update("UPDATE gb_broadcast SET play_date = ?, play_slot = ? WHERE id = ?",
                schedule == null ? null : schedule.date(), schedule == null ? null : schedule.slot(), id);
    }

    /** When a broadcast plays, or null when it plays on release. */
    PlaySchedule schedule(String id) {
        return jdbc.queryOne("SELECT play_date, play_slot FROM gb_broadcast WHERE id = ? AND play_date IS NOT NULL",
                rs -> new PlaySchedule(Jdbc.localDate(rs, "play_date"), DailySlot.valueOf(rs.getString(2))), id)
                .orElse(null);
    }

    /**
     * A broadcast scheduled for a date: the playlist columns, its targets, and its release time (null while not
     * released), which is its place in the slot's playlist.
     */
    record Scheduled(String id, String title, String category, BroadcastState state, String agencyCode,
            DailySlot slot, Instant releasedAt, List<Target> targets) {
    }

    /** The broadcasts in review, approved or released for a date, in playlist order (release time, then id). */
    List<Scheduled> scheduledOn(java.time.LocalDate date) {
        record Head(String id, String title, String category, BroadcastState state, String agency, DailySlot slot,
                Instant releasedAt) {
        }
        List<Head> heads = jdbc.query("SELECT b.id, b.title, b.category, b.state, b.agency_code, b.play_slot,"
                + " (SELECT MAX(s.acted_at) FROM gb_review_step s WHERE s.broadcast_id = b.id AND s.action = 'RELEASE')"
                + " AS released_at FROM gb_broadcast b WHERE b.play_date = ? AND b.state IN ('SUBMITTED','APPROVED',"
                + "'RELEASED')", rs -> new Head(rs.getString(1), rs.getString(2), rs.getString(3),
                        BroadcastState.valueOf(rs.getString(4)), rs.getString(5), DailySlot.valueOf(rs.getString(6)),
                        Jdbc.instant(rs, "released_at")), date);
        return heads.stream().sorted(java.util.Comparator.comparing(Head::releasedAt, java.util.Comparator
                .nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Head::id))
                .map(h -> new Scheduled(h.id, h.title, h.category, h.state, h.agency, h.slot, h.releasedAt,
                        targets(h.id))).toList();
    }

    /** A list entry: the columns a queue or overview shows. */
    record Summary(String id, BroadcastKind kind, String title, String category, BroadcastState state,
            String agencyCode, String author, Integer level, Instant updatedAt) {
    }

    /** The latest broadcasts (by last change), optionally of one state and kind. */
    List<Summary> list(BroadcastState state, BroadcastKind kind, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, kind, title, category, state, agency_code, author,"
                + " emergency_level, updated_at FROM gb_broadcast WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            sql.append(" AND state = ?");
            params.add(state);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            params.add(kind);
        }
        sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), rs -> {
            int level = rs.getInt(8);
            Integer lv = rs.wasNull() ? null : level;
            return new Summary(rs.getString(1), BroadcastKind.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4), BroadcastState.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), lv,
                    Jdbc.instant(rs, "updated_at"));
        }, params.toArray());
    }

    /** A broadcast released in a period: id, category and release time. */
    record Released(String id, BroadcastKind kind, String category, Instant releasedAt) {
    }

    List<Released> releasedBetween(Instant from, Instant to) {
        return jdbc.query("SELECT b.id, b.kind, b.category, s.acted_at FROM gb_broadcast b JOIN gb_review_step s"
                + " ON s.broadcast_id = b.id AND s.action = 'RELEASE' WHERE s.acted_at >= ? AND s.acted_at < ?"
                + " ORDER BY s.acted_at", rs -> new Released(rs.getString(1), BroadcastKind.valueOf(rs.getString(2)),
                        rs.getString(3), Jdbc.instant(rs, "acted_at")), from, to);
    }

    List<Target> targetsOf(String id) {
        return targets(id);
    }

    private record Row(String id, BroadcastKind kind, Content content, String agency, String author,
            BroadcastState state, EmergencyInfo emergency) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        int duration = rs.getInt("duration_seconds");
        Integer durationSeconds = rs.wasNull() ? null : duration;
        BroadcastKind kind = BroadcastKind.valueOf(rs.getString("kind"));
        EmergencyInfo e = null;
        if (kind == BroadcastKind.EMERGENCY) {
            int level = rs.getInt("emergency_level");
            e = new EmergencyInfo(rs.wasNull() ? null : EmergencyLevel.of(level).orElse(null), rs.getString("event_type"),
                    Jdbc.instant(rs, "starts_at"), Jdbc.instant(rs, "ends_at"), rs.getString("cap_identifier"),
                    rs.getString("cap_sender"), rs.getBoolean("exercise"));
        }
        return new Row(rs.getString("id"), kind, new Content(rs.getString("title"), rs.getString("script"),
                rs.getString("audio_url"), durationSeconds), rs.getString("agency_code"), rs.getString("author"),
                BroadcastState.valueOf(rs.getString("state")), e);
    }

    private List<Target> targets(String id) {
        return jdbc.query("SELECT kind, code FROM gb_broadcast_target WHERE broadcast_id = ? ORDER BY seq",
                rs -> new Target(Target.Kind.valueOf(rs.getString(1)), rs.getString(2)), id);
    }

    private List<ReviewStep> steps(String id) {
        return jdbc.query("SELECT action, username, agency_code, acted_at, remark FROM gb_review_step"
                + " WHERE broadcast_id = ? ORDER BY seq", rs -> new ReviewStep(ReviewStep.Action.valueOf(
                        rs.getString(1)), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "acted_at"),
                        rs.getString(5)), id);
    }

    private void writeTargets(Broadcast b) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < b.targets().size(); i++) {
            rows.add(new Object[] {b.id(), i, b.targets().get(i).kind(), b.targets().get(i).code()});
        }
        jdbc.batch("INSERT INTO gb_broadcast_target (broadcast_id, seq, kind, code) VALUES (?,?,?,?)", rows);
    }

    private void appendSteps(Broadcast b, int from) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < b.history().size(); i++) {
            ReviewStep s = b.history().get(i);
            rows.add(new Object[] {b.id(), i, s.action(), s.username(), s.agencyCode(), s.at(), s.comment()});
        }
        if (!rows.isEmpty()) {
            jdbc.batch("INSERT INTO gb_review_step (broadcast_id, seq, action, username, agency_code, acted_at, remark)"
                    + " VALUES (?,?,?,?,?,?,?)", rows);
        }
    }

    private static ConflictException stale() {
        return new ConflictException(Message.of("该广播已被他人处理，请刷新后重试",
                "Someone else changed this broadcast: reload and try again"));
    }
}
