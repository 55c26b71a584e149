package org.gongkai.platform.internal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.security.Account;

/** Rows of {@code gk_account} and {@code gk_account_role}. */
final class AccountStore {
    private static final String COLUMNS = "id, username, display_name, agency_code, password_hash, disabled,"
            + " failed_attempts, locked_until, created_at, last_login_at";

    private final Jdbc jdbc;

    AccountStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An account row with its hash, for authentication only. */
    record Row(Account account, String passwordHash) {
    }

    Optional<Row> byUsername(String username) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM gk_account WHERE username = ?", this::map, username)
                .map(this::withRoles);
    }

    Optional<Row> byId(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM gk_account WHERE id = ?", this::map, id).map(this::withRoles);
    }

    List<Account> all() {
        Map<Long, Set<String>> roles = new HashMap<>();
        jdbc.query("SELECT account_id, role_id FROM gk_account_role", rs -> {
            roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
            return null;
        });
        List<Account> out = new ArrayList<>();
        for (Row r : jdbc.query("SELECT " + COLUMNS + " FROM gk_account ORDER BY username", this::map)) {
            out.add(copyWithRoles(r.account(), roles.getOrDefault(r.account().id(), Set.of())));
        }
        return out;
    }

    long count() {
        return jdbc.queryLong("SELECT count(*) FROM gk_account");
    }

    long insert(String username, String displayName, String agencyCode, String hash, Set<String> roles, Instant now) {
        long id = jdbc.nextval("gk_account_seq");
        jdbc.update("INSERT INTO gk_account (id, username, display_name, agency_code, password_hash, created_at,"
                + " password_changed_at) VALUES (?,?,?,?,?,?,?)", id, username, displayName, agencyCode, hash, now, now);
        replaceRoles(id, roles);
        return id;
    }

    void update(long id, String displayName, String agencyCode) {
        jdbc.update("UPDATE gk_account SET display_name = ?, agency_code = ? WHERE id = ?", displayName, agencyCode, id);
    }

    void replaceRoles(long id, Set<String> roles) {
        jdbc.update("DELETE FROM gk_account_role WHERE account_id = ?", id);
        List<Object[]> rows = new ArrayList<>();
        for (String role : new TreeSet<>(roles)) {
            rows.add(new Object[] {id, role});
        }
        if (!rows.isEmpty()) {
            jdbc.batch("INSERT INTO gk_account_role (account_id, role_id) VALUES (?,?)", rows);
        }
    }

    void setPasswordHash(long id, String hash, Instant now) {
        jdbc.update("UPDATE gk_account SET password_hash = ?, password_changed_at = ? WHERE id = ?", hash, now, id);
    }

    void recordSuccess(long id, Instant now) {
        jdbc.update("UPDATE gk_account SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?",
                now, id);
    }

    void recordFailure(long id, int attempts, Instant lockedUntil) {
        jdbc.update("UPDATE gk_account SET failed_attempts = ?, locked_until = ? WHERE id = ?", attempts, lockedUntil,
                id);
    }

    void setDisabled(long id, boolean disabled) {
        jdbc.update("UPDATE gk_account SET disabled = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                disabled, id);
    }

    void closeSessions(long id) {
        jdbc.update("DELETE FROM gk_session WHERE account_id = ?", id);
    }

    private Row map(ResultSet rs) throws SQLException {
        Account a = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("agency_code"), Set.of(), rs.getBoolean("disabled"), Jdbc.instant(rs, "locked_until"),
                rs.getInt("failed_attempts"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_login_at"));
        return new Row(a, rs.getString("password_hash"));
    }

    private Row withRoles(Row row) {
        Set<String> roles = new TreeSet<>(jdbc.query("SELECT role_id FROM gk_account_role WHERE account_id = ?",
                rs -> rs.getString(1), row.account().id()));
        return new Row(copyWithRoles(row.account(), roles), row.passwordHash());
    }

    private static Account copyWithRoles(Account a, Set<String> roles) {
        return new Account(a.id(), a.username(), a.displayName(), a.agencyCode(), roles, a.disabled(), a.lockedUntil(),
                a.failedAttempts(), a.createdAt(), a.lastLoginAt());
    }
}
