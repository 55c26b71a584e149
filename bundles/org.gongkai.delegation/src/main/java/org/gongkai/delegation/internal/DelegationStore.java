package org.gongkai.delegation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.Reminder;
import org.gongkai.delegation.RuleKind;
import org.gongkai.delegation.ZoneMode;
import org.gongkai.platform.persistence.Jdbc;

/** SQL of the gl_ tables; no logic beyond mapping rows. */
final class DelegationStore {
    private final Jdbc jdbc;

    DelegationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A zone's stored setting (code, mode, principal, organ). */
    record StoredZone(String zoneCode, ZoneMode mode, String principal, String reconsiderationOrgan) {
    }

    Map<String, StoredZone> zones() {
        return jdbc.query("SELECT zone_code, mode, principal, review_organ FROM gl_zone", rs -> new StoredZone(
                rs.getString(1), ZoneMode.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .stream().collect(Collectors.toMap(StoredZone::zoneCode, z -> z));
    }

    Optional<StoredZone> zone(String code) {
        return jdbc.queryOne("SELECT zone_code, mode, principal, review_organ FROM gl_zone WHERE zone_code = ?",
                rs -> new StoredZone(rs.getString(1), ZoneMode.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4)), code);
    }

    void saveZone(StoredZone z, Instant now, String by) {
        if (jdbc.update("UPDATE gl_zone SET mode = ?, principal = ?, review_organ = ?, updated_at = ?, updated_by = ?"
                + " WHERE zone_code = ?", z.mode(), z.principal(), z.reconsiderationOrgan(), now, by, z.zoneCode()) == 0) {
            jdbc.update("INSERT INTO gl_zone (zone_code, mode, principal, review_organ, updated_at, updated_by)"
                    + " VALUES (?,?,?,?,?,?)", z.zoneCode(), z.mode(), z.principal(), z.reconsiderationOrgan(), now, by);
        }
    }

    List<DelegationRule> rules() {
        return jdbc.query("SELECT id, zone_code, kind, rule_value FROM gl_rule ORDER BY zone_code, kind, id",
                rs -> new DelegationRule(rs.getLong(1), rs.getString(2), RuleKind.valueOf(rs.getString(3)),
                        rs.getString(4)));
    }

    long insertRule(String zone, RuleKind kind, String value, Instant now, String by) {
        long id = jdbc.nextval("gl_rule_seq");
        jdbc.update("INSERT INTO gl_rule (id, zone_code, kind, rule_value, created_at, created_by) VALUES (?,?,?,?,?,?)",
                id, zone, kind, value, now, by);
        return id;
    }

    boolean ruleExists(String zone, RuleKind kind, String value) {
        return jdbc.queryLong("SELECT count(*) FROM gl_rule WHERE zone_code = ? AND kind = ? AND rule_value = ?", zone,
                kind, value) > 0;
    }

    int deleteRule(long id) {
        return jdbc.update("DELETE FROM gl_rule WHERE id = ?", id);
    }

    long insertReminder(String number, String zone, String note, Instant now, String by) {
        long id = jdbc.nextval("gl_reminder_seq");
        jdbc.update("INSERT INTO gl_reminder (id, number, zone_code, note, created_at, created_by) VALUES (?,?,?,?,?,?)",
                id, number, zone, note, now, by);
        return id;
    }

    List<Reminder> reminders(String number) {
        return jdbc.query("SELECT id, number, zone_code, note, created_at, created_by FROM gl_reminder WHERE number = ?"
                + " ORDER BY id", rs -> new Reminder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Jdbc.instant(rs, "created_at"), rs.getString(6)), number);
    }

    /** Reminders per case number. */
    Map<String, Integer> reminderCounts() {
        return jdbc.query("SELECT number, count(*) FROM gl_reminder GROUP BY number",
                rs -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
