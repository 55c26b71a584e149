package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Delivery;
import org.gongkai.disclosure.Fee;
import org.gongkai.disclosure.FeeMethod;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.Remedy;
import org.gongkai.disclosure.RemedyKind;
import org.gongkai.disclosure.RemedyResult;
import org.gongkai.platform.persistence.Jdbc;

/** SQL of what is recorded around a case: fee, delivery, remedies, letters and attachments. */
final class CaseRecordStore {
    private final Jdbc jdbc;

    CaseRecordStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ---- fee -------------------------------------------------------------------------------------------------

    Optional<Fee> fee(long id) {
        return jdbc.queryOne("SELECT method, quantity, amount_yuan, basis, notice_on, payment_due, paid_on, receipt_no"
                + " FROM gd_fee WHERE application_id = ?", rs -> new Fee(FeeMethod.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), rs.getString(4), Jdbc.localDate(rs, "notice_on"), Jdbc.localDate(rs, "payment_due"),
                        Jdbc.localDate(rs, "paid_on"), rs.getString(8)), id);
    }

    Optional<Long> feePause(long id) {
        return jdbc.queryOne("SELECT pause_id FROM gd_fee WHERE application_id = ?", rs -> {
            long p = rs.getLong(1);
            return rs.wasNull() ? null : p;
        }, id);
    }

    void insertFee(long id, Fee fee, Long pauseId) {
        jdbc.update("INSERT INTO gd_fee (application_id, method, quantity, amount_yuan, basis, notice_on, payment_due,"
                + " pause_id) VALUES (?,?,?,?,?,?,?,?)", id, fee.method(), fee.quantity(), fee.amountYuan(), fee.basis(),
                fee.noticeOn(), fee.paymentDue(), pauseId);
    }

    void feePaid(long id, LocalDate on, String receiptNo) {
        jdbc.update("UPDATE gd_fee SET paid_on = ?, receipt_no = ? WHERE application_id = ?", on, receiptNo, id);
    }

    /** Unpaid fee notices past their payment date, not flagged yet: (id, number, payment due). */
    List<ApplicationStore.Due> newlyUnpaid(LocalDate today) {
        return jdbc.query("SELECT a.id, a.number, f.payment_due FROM gd_fee f JOIN gd_application a ON a.id = f.application_id"
                + " WHERE f.paid_on IS NULL AND f.payment_due < ? AND f.lapse_flagged IS NULL"
                + " AND a.stage NOT IN ('DELIVERED','ARCHIVED','WITHDRAWN','ABANDONED','LAPSED') ORDER BY a.id",
                rs -> new ApplicationStore.Due(rs.getLong(1), rs.getString(2), Jdbc.localDate(rs, "payment_due")),
                today);
    }

    boolean markUnpaid(long id, LocalDate today) {
        return jdbc.update("UPDATE gd_fee SET lapse_flagged = ? WHERE application_id = ? AND lapse_flagged IS NULL",
                today, id) == 1;
    }

    // ---- delivery ----------------------------------------------------------------------------------------------

    Optional<Delivery> delivery(long id) {
        return jdbc.queryOne("SELECT method, dated_on, tracking_no, note FROM gd_delivery WHERE application_id = ?",
                rs -> new Delivery(ReceiveBy.valueOf(rs.getString(1)), Jdbc.localDate(rs, "dated_on"), rs.getString(3),
                        rs.getString(4)), id);
    }

    void insertDelivery(long id, Delivery d) {
        jdbc.update("INSERT INTO gd_delivery (application_id, method, dated_on, tracking_no, note) VALUES (?,?,?,?,?)", id,
                d.method(), d.datedOn(), d.trackingNumber(), d.note());
    }

    // ---- remedies ----------------------------------------------------------------------------------------------

    List<Remedy> remedies(long id) {
        return jdbc.query("SELECT id, kind, filed_on, organ, case_no, result, decided_on, note FROM gd_remedy"
                + " WHERE application_id = ? ORDER BY filed_on, id", CaseRecordStore::remedy, id);
    }

    long insertRemedy(long id, Remedy r) {
        long rid = jdbc.nextval("gd_remedy_seq");
        jdbc.update("INSERT INTO gd_remedy (id, application_id, kind, filed_on, organ, case_no, result, decided_on, note)"
                + " VALUES (?,?,?,?,?,?,?,?,?)", rid, id, r.kind(), r.filedOn(), r.organ(), r.caseNumber(), r.result(),
                r.decidedOn(), r.note());
        return rid;
    }

    int updateRemedy(long id, long remedyId, RemedyResult result, LocalDate decidedOn, String note) {
        return jdbc.update("UPDATE gd_remedy SET result = ?, decided_on = ?, note = ? WHERE id = ? AND application_id = ?",
                result, decidedOn, note, remedyId, id);
    }

    /** Remedies of the given agencies' cases (all when null) filed up to a day, for table 四. */
    List<Remedy> remediesFiledBy(LocalDate last, java.util.Set<String> agencies) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.kind, r.filed_on, r.organ, r.case_no, r.result,"
                + " r.decided_on, r.note FROM gd_remedy r JOIN gd_application a ON a.id = r.application_id"
                + " WHERE r.filed_on <= ?");
        List<Object> params = new java.util.ArrayList<>(List.of(last));
        if (agencies != null) {
            if (agencies.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.agency_code IN (").append("?,".repeat(agencies.size() - 1)).append("?)");
            params.addAll(agencies);
        }
        return jdbc.query(sql.toString(), CaseRecordStore::remedy, params.toArray());
    }

    private static Remedy remedy(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Remedy(rs.getLong(1), RemedyKind.valueOf(rs.getString(2)), Jdbc.localDate(rs, "filed_on"),
                rs.getString(4), rs.getString(5), RemedyResult.valueOf(rs.getString(6)), Jdbc.localDate(rs, "decided_on"),
                rs.getString(8));
    }

    // ---- letters -----------------------------------------------------------------------------------------------

    /** A stored letter: the editable JSON body and its state. */
    record StoredLetter(long id, long applicationId, String kind, String templateVersion, String docNumber, String body,
            String status, Instant createdAt, String createdBy, LocalDate issuedOn) {
    }

    List<StoredLetter> letters(long id) {
        return jdbc.query("SELECT id, application_id, kind, template_version, doc_number, body, status, created_at,"
                + " created_by, issued_on FROM gd_letter WHERE application_id = ? ORDER BY id", CaseRecordStore::letter, id);
    }

    Optional<StoredLetter> letter(long id, long letterId) {
        return jdbc.queryOne("SELECT id, application_id, kind, template_version, doc_number, body, status, created_at,"
                + " created_by, issued_on FROM gd_letter WHERE application_id = ? AND id = ?", CaseRecordStore::letter, id,
                letterId);
    }

    Optional<StoredLetter> letterById(long letterId) {
        return jdbc.queryOne("SELECT id, application_id, kind, template_version, doc_number, body, status, created_at,"
                + " created_by, issued_on FROM gd_letter WHERE id = ?", CaseRecordStore::letter, letterId);
    }

    long insertLetter(long id, String kind, String templateVersion, String body, Instant now, String by) {
        long lid = jdbc.nextval("gd_letter_seq");
        jdbc.update("INSERT INTO gd_letter (id, application_id, kind, template_version, body, status, created_at,"
                + " created_by) VALUES (?,?,?,?,?,?,?,?)", lid, id, kind, templateVersion, body, "DRAFT", now, by);
        return lid;
    }

    void updateLetterBody(long letterId, String body) {
        jdbc.update("UPDATE gd_letter SET body = ? WHERE id = ? AND status = 'DRAFT'", body, letterId);
    }

    void issueLetter(long letterId, String docNumber, String body, LocalDate on) {
        jdbc.update("UPDATE gd_letter SET status = 'ISSUED', doc_number = ?, body = ?, issued_on = ? WHERE id = ?",
                docNumber, body, on, letterId);
    }

    /** The next document number of an agency in a year, locking the counter row until the transaction ends. */
    int nextDocNumber(String agency, int year) {
        Optional<Integer> last = jdbc.queryOne("SELECT last_seq FROM gd_doc_number WHERE agency_code = ? AND year_no = ?"
                + " FOR UPDATE", rs -> rs.getInt(1), agency, year);
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO gd_doc_number (agency_code, year_no, last_seq) VALUES (?,?,1)", agency, year);
            return 1;
        }
        jdbc.update("UPDATE gd_doc_number SET last_seq = ? WHERE agency_code = ? AND year_no = ?", last.get() + 1, agency,
                year);
        return last.get() + 1;
    }

    private static StoredLetter letter(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredLetter(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Jdbc.instant(rs, "created_at"), rs.getString(9),
                Jdbc.localDate(rs, "issued_on"));
    }

    // ---- attachments -------------------------------------------------------------------------------------------

    List<ApplicationDetail.AttachmentInfo> attachments(long id) {
        return jdbc.query("SELECT id, kind, file_name, content_type, size_bytes, sha256, created_at FROM gd_attachment"
                + " WHERE application_id = ? ORDER BY id", rs -> new ApplicationDetail.AttachmentInfo(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        Jdbc.instant(rs, "created_at")), id);
    }

    long insertAttachment(long id, String kind, String fileName, String contentType, byte[] data, String sha256,
            Instant now, String by) {
        long aid = jdbc.nextval("gd_attachment_seq");
        jdbc.update("INSERT INTO gd_attachment (id, application_id, kind, file_name, content_type, size_bytes, sha256,"
                + " data, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)", aid, id, kind, fileName, contentType,
                data.length, sha256, data, now, by);
        return aid;
    }

    Optional<byte[]> attachmentData(long id, long attachmentId) {
        return jdbc.queryOne("SELECT data FROM gd_attachment WHERE application_id = ? AND id = ?", rs -> rs.getBytes(1),
                id, attachmentId);
    }
}
