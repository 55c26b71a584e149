package org.gongkai.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.persistence.Jdbc;

/** SQL of the disclosure tables; no logic beyond mapping rows. */
final class ApplicationStore {
    private static final String COLUMNS = "id, number, channel, submitted_on, signed_for_on, confirmed_on, receipt_date,"
            + " applicant_type, applicant_name, id_kind, id_number_enc, id_number_masked, phone, email, address, title,"
            + " form, receive_by, agency_code, stage, correction_requested_on, correction_deadline, corrected_on,"
            + " extension_days, delivered_on, reply_due, applicant_key, source, closed_on, report_row,"
            + " correction_flagged_on, reasons_requested_on, reasons_due, later_reply_due";
    /** What a read selects: the inserted columns and the delegation (written only by {@link #setHandling}). */
    private static final String READ = COLUMNS + ", handling_agency, delegated_at, delegation_principal,"
            + " delegation_organ";

    private final Jdbc jdbc;

    ApplicationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands out the next number of the day, locking that day's counter row until the transaction ends. */
    int nextSequence(String dayKey) {
        Optional<Integer> last = jdbc.queryOne("SELECT last_seq FROM gd_number WHERE day_key = ? FOR UPDATE",
                rs -> rs.getInt(1), dayKey);
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO gd_number (day_key, last_seq) VALUES (?, 1)", dayKey);
            return 1;
        }
        jdbc.update("UPDATE gd_number SET last_seq = ? WHERE day_key = ?", last.get() + 1, dayKey);
        return last.get() + 1;
    }

    long insert(AppRow r, String requestKey, String queryCodeHash, Instant now) {
        long id = jdbc.nextval("gd_application_seq");
        AppRow.Intake i = r.in();
        AppRow.Flow f = r.flow();
        jdbc.update("INSERT INTO gd_application (" + COLUMNS + ", request_key, query_code_hash, created_at, updated_at)"
                + " VALUES (" + "?,".repeat(37) + "?)", id, r.number(), i.channel(),
                i.submittedOn(), i.signedForOn(), i.confirmedOn(), i.receiptDate(), i.applicantType(), i.applicantName(),
                i.idKind(), i.idNumberEnc(), i.idNumberMasked(), i.phone(), i.email(), i.address(), i.title(), i.form(),
                i.receiveBy(), i.agencyCode(), f.stage(), f.correctionRequestedOn(), f.correctionDeadline(),
                f.correctedOn(), f.extensionDays(), f.deliveredOn(), f.replyDue(), i.applicantKey(), i.source(),
                f.closedOn(), f.reportRow(), f.correctionFlaggedOn(), f.reasonsRequestedOn(), f.reasonsDue(),
                f.laterReplyDue(), requestKey, queryCodeHash, now, now);
        return id;
    }

    void insertItem(long id, int seq, String description) {
        jdbc.update("INSERT INTO gd_item (application_id, seq, description) VALUES (?,?,?)", id, seq, description);
    }

    Optional<AppRow> byNumber(String number) {
        return jdbc.queryOne("SELECT " + READ + " FROM gd_application WHERE number = ?", ApplicationStore::row, number);
    }

    /** The row locked for update: concurrent actions on one case are serialised. */
    Optional<AppRow> lock(String number) {
        return jdbc.queryOne("SELECT " + READ + " FROM gd_application WHERE number = ? FOR UPDATE",
                ApplicationStore::row, number);
    }

    Optional<String> numberOfRequest(String requestKey) {
        return jdbc.queryOne("SELECT number FROM gd_application WHERE request_key = ?", rs -> rs.getString(1), requestKey);
    }

    void update(AppRow r, Instant now) {
        AppRow.Flow f = r.flow();
        jdbc.update("UPDATE gd_application SET stage = ?, correction_requested_on = ?, correction_deadline = ?,"
                + " corrected_on = ?, extension_days = ?, delivered_on = ?, reply_due = ?, closed_on = ?, report_row = ?,"
                + " correction_flagged_on = ?, reasons_requested_on = ?, reasons_due = ?, later_reply_due = ?,"
                + " updated_at = ? WHERE id = ?",
                f.stage(), f.correctionRequestedOn(), f.correctionDeadline(), f.correctedOn(), f.extensionDays(),
                f.deliveredOn(), f.replyDue(), f.closedOn(), f.reportRow(), f.correctionFlaggedOn(),
                f.reasonsRequestedOn(), f.reasonsDue(), f.laterReplyDue(), now, r.id());
    }

    /** Sets or clears (recall) the zone handling a case on the government's behalf. */
    void setHandling(long id, AppRow.Handling h, Instant now) {
        jdbc.update("UPDATE gd_application SET handling_agency = ?, delegated_at = ?, delegation_principal = ?,"
                + " delegation_organ = ? WHERE id = ?", h.agencyCode(), h.delegatedAt(), h.principal(),
                h.reconsiderationOrgan(), id);
        jdbc.update("UPDATE gd_application SET updated_at = ? WHERE id = ?", now, id);
    }

    /** Cases received in a period (inclusive), optionally only the delegated ones, oldest first. */
    List<AppRow> receivedBetween(LocalDate from, LocalDate to, boolean delegatedOnly) {
        return jdbc.query("SELECT " + READ + " FROM gd_application WHERE receipt_date >= ? AND receipt_date <= ?"
                + (delegatedOnly ? " AND handling_agency IS NOT NULL" : "") + " ORDER BY receipt_date, id",
                ApplicationStore::row, from, to);
    }

    Optional<String> requestKeyOf(String number) {
        return jdbc.queryOne("SELECT request_key FROM gd_application WHERE number = ?", rs -> rs.getString(1), number);
    }

    /** The query code's hash of a portal application, for public tracking. */
    Optional<String> queryCodeHash(String number) {
        return jdbc.queryOne("SELECT query_code_hash FROM gd_application WHERE number = ?", rs -> rs.getString(1), number);
    }

    /** How many applications of one applicant were received in the month up to and including this one (按件). */
    int applicantCountInMonth(String applicantKey, LocalDate monthStart, LocalDate receipt, long id) {
        return (int) jdbc.queryLong("SELECT count(*) FROM gd_application WHERE applicant_key = ? AND receipt_date >= ?"
                + " AND (receipt_date < ? OR (receipt_date = ? AND id <= ?))", applicantKey, monthStart, receipt, receipt, id);
    }

    /** Cases waiting for a correction whose period ended and that were not flagged yet. */
    List<Due> newlyLapsedCorrections(LocalDate today) {
        return jdbc.query("SELECT id, number, correction_deadline FROM gd_application WHERE stage = 'CORRECTION'"
                + " AND correction_deadline < ? AND correction_flagged_on IS NULL ORDER BY id",
                rs -> new Due(rs.getLong(1), rs.getString(2), Jdbc.localDate(rs, "correction_deadline")), today);
    }

    boolean markCorrectionLapsed(long id, LocalDate today) {
        return jdbc.update("UPDATE gd_application SET correction_flagged_on = ? WHERE id = ? AND stage = 'CORRECTION'"
                + " AND correction_flagged_on IS NULL", today, id) == 1;
    }

    int setCatalogCode(long id, int seq, String code) {
        return jdbc.update("UPDATE gd_item SET catalog_code = ? WHERE application_id = ? AND seq = ?", code, id, seq);
    }

    List<ApplicationDetail.Item> items(long id) {
        return jdbc.query("SELECT seq, description, decision, ground, reply_text, catalog_code FROM gd_item"
                + " WHERE application_id = ? ORDER BY seq", rs -> new ApplicationDetail.Item(rs.getInt(1), rs.getString(2),
                        rs.getString(3) == null ? null : Decision.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Ground.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6)), id);
    }

    int decide(long id, int seq, Decision decision, Ground ground, String text) {
        return jdbc.update("UPDATE gd_item SET decision = ?, ground = ?, reply_text = ? WHERE application_id = ? AND seq = ?",
                decision, ground, text, id, seq);
    }

    List<ApplicationDetail.PauseRecord> pauses(long id) {
        return jdbc.query("SELECT id, kind, from_date, to_date, reason FROM gd_pause WHERE application_id = ? ORDER BY id",
                rs -> new ApplicationDetail.PauseRecord(rs.getLong(1), rs.getString(2), Jdbc.localDate(rs, "from_date"),
                        Jdbc.localDate(rs, "to_date"), rs.getString(5)), id);
    }

    long insertPause(long id, String kind, LocalDate from, String reason) {
        long pid = jdbc.nextval("gd_pause_seq");
        jdbc.update("INSERT INTO gd_pause (id, application_id, kind, from_date, reason) VALUES (?,?,?,?,?)", pid, id, kind,
                from, reason);
        return pid;
    }

    int endPause(long id, long pauseId, LocalDate to) {
        return jdbc.update("UPDATE gd_pause SET to_date = ? WHERE id = ? AND application_id = ? AND to_date IS NULL", to,
                pauseId, id);
    }

    void insertEvent(long id, Instant at, String actor, String action, Stage from, Stage to, String comment) {
        jdbc.update("INSERT INTO gd_event (id, application_id, created_at, actor, action, from_stage, to_stage,"
                + " comment_text) VALUES (?,?,?,?,?,?,?,?)", jdbc.nextval("gd_event_seq"), id, at, actor, action, from, to,
                comment);
    }

    List<ApplicationDetail.Event> events(long id) {
        return jdbc.query("SELECT created_at, actor, action, from_stage, to_stage, comment_text FROM gd_event"
                + " WHERE application_id = ? ORDER BY id", rs -> new ApplicationDetail.Event(Jdbc.instant(rs, "created_at"),
                        rs.getString(2), rs.getString(3), stage(rs.getString(4)), stage(rs.getString(5)), rs.getString(6)),
                id);
    }

    /** Open cases with a reply due date, for recomputing after a calendar change. */
    List<AppRow> open() {
        return jdbc.query("SELECT " + READ + " FROM gd_application WHERE stage NOT IN"
                + " ('DELIVERED','ARCHIVED','WITHDRAWN','ABANDONED','LAPSED')", ApplicationStore::row);
    }

    /** A case and the date it is flagged for: its reply date, correction deadline or payment date. */
    record Due(long id, String number, LocalDate due) {
    }

    /** Open cases past their reply date that were not flagged for that date yet. */
    List<Due> newlyOverdue(LocalDate today) {
        return jdbc.query("SELECT id, number, reply_due FROM gd_application WHERE reply_due < ? AND stage NOT IN"
                + " ('DELIVERED','ARCHIVED','WITHDRAWN','ABANDONED','LAPSED')"
                + " AND (overdue_flagged_due IS NULL OR overdue_flagged_due <> reply_due) ORDER BY reply_due, id",
                rs -> new Due(rs.getLong(1), rs.getString(2), Jdbc.localDate(rs, "reply_due")), today);
    }

    /**
     * Flags one case as overdue for its due date; true only for the one caller (of any node) that changed the row,
     * so every case is flagged once per due date even when several nodes run the daily check.
     */
    boolean markOverdue(long id, LocalDate due) {
        return jdbc.update("UPDATE gd_application SET overdue_flagged_due = ? WHERE id = ? AND reply_due = ?"
                + " AND (overdue_flagged_due IS NULL OR overdue_flagged_due <> ?)", due, id, due, due) == 1;
    }

    record Listed(long total, List<AppRow> rows) {
    }

    Listed list(ApplicationQuery q, Set<String> agencies, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agencies != null) {
            if (agencies.isEmpty()) {
                return new Listed(0, List.of());
            }
            // a delegated case is seen by its government's staff and by the zone handling it
            String in = "?,".repeat(agencies.size()).replaceAll(",$", "");
            where.append(" AND (agency_code IN (").append(in).append(") OR handling_agency IN (").append(in).append("))");
            params.addAll(agencies);
            params.addAll(agencies);
        }
        if (q.stage() != null) {
            where.append(" AND stage = ?");
            params.add(q.stage());
        }
        if (q.agencyCode() != null && !q.agencyCode().isBlank()) {
            where.append(" AND agency_code = ?");
            params.add(q.agencyCode());
        }
        if (q.overdueOnly()) {
            where.append(" AND reply_due < ? AND stage NOT IN ('DELIVERED','ARCHIVED','WITHDRAWN','ABANDONED','LAPSED')");
            params.add(today);
        }
        if (q.receivedFrom() != null) {
            where.append(" AND receipt_date >= ?");
            params.add(q.receivedFrom());
        }
        if (q.receivedTo() != null) {
            where.append(" AND receipt_date <= ?");
            params.add(q.receivedTo());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND (number = ? OR title LIKE ? OR applicant_name = ?)");
            params.add(q.text().strip());
            params.add("%" + q.text().strip().replace("%", "").replace("_", "") + "%");
            params.add(q.text().strip());
        }
        long total = jdbc.queryLong("SELECT count(*) FROM gd_application" + where, params.toArray());
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "replyDue" -> "reply_due";
            case "number" -> "number";
            default -> "receipt_date";
        };
        String sql = "SELECT " + READ + " FROM gd_application" + where + " ORDER BY " + order
                + (q.descending() ? " DESC" : " ASC") + ", id" + (q.descending() ? " DESC" : " ASC")
                + " LIMIT " + q.size() + " OFFSET " + ((long) q.page() * q.size());
        return new Listed(total, jdbc.query(sql, ApplicationStore::row, params.toArray()));
    }

    private static Stage stage(String s) {
        return s == null ? null : Stage.valueOf(s);
    }

    private static AppRow row(ResultSet rs) throws SQLException {
        AppRow.Intake in = new AppRow.Intake(Channel.valueOf(rs.getString("channel")),
                Jdbc.localDate(rs, "submitted_on"), Jdbc.localDate(rs, "signed_for_on"), Jdbc.localDate(rs, "confirmed_on"),
                Jdbc.localDate(rs, "receipt_date"), ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), rs.getString("id_kind"), rs.getString("id_number_enc"),
                rs.getString("id_number_masked"), rs.getString("applicant_key"), rs.getString("phone"),
                rs.getString("email"), rs.getString("address"), rs.getString("title"),
                RequiredForm.valueOf(rs.getString("form")), ReceiveBy.valueOf(rs.getString("receive_by")),
                rs.getString("agency_code"), rs.getString("source"));
        AppRow.Flow flow = new AppRow.Flow(Stage.valueOf(rs.getString("stage")),
                Jdbc.localDate(rs, "correction_requested_on"), Jdbc.localDate(rs, "correction_deadline"),
                Jdbc.localDate(rs, "corrected_on"), rs.getInt("extension_days"), Jdbc.localDate(rs, "delivered_on"),
                Jdbc.localDate(rs, "reply_due"), Jdbc.localDate(rs, "closed_on"), rs.getString("report_row"),
                Jdbc.localDate(rs, "correction_flagged_on"), Jdbc.localDate(rs, "reasons_requested_on"),
                Jdbc.localDate(rs, "reasons_due"), Jdbc.localDate(rs, "later_reply_due"));
        AppRow.Handling handling = rs.getString("handling_agency") == null ? AppRow.Handling.NONE
                : new AppRow.Handling(rs.getString("handling_agency"), Jdbc.instant(rs, "delegated_at"),
                        rs.getString("delegation_principal"), rs.getString("delegation_organ"));
        return new AppRow(rs.getLong("id"), rs.getString("number"), in, flow, handling);
    }
}
