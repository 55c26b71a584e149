package org.gongkai.broadcast.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.broadcast.Terminal;
import org.gongkai.broadcast.spi.TerminalStatus;
import org.gongkai.platform.persistence.Jdbc;

/** SQL of terminals ({@code gb_terminal}); driver settings are kept as a JSON object. */
final class TerminalStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private final Jdbc jdbc;
    private final TerminalSecrets secrets;

    TerminalStore(Jdbc jdbc, TerminalSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** A store whose secrets are sealed with a fresh random key (tests, throw-away databases). */
    TerminalStore(Jdbc jdbc) {
        this(jdbc, new TerminalSecrets(new org.gongkai.platform.crypto.SecretCipher(
                org.gongkai.platform.crypto.SecretCipher.newKey())));
    }

    /** The settings as they are saved: SECRET values of the descriptors sealed. */
    Map<String, String> sealed(List<org.gongkai.broadcast.spi.SettingDescriptor> descriptors, Map<String, String> settings) {
        return secrets.seal(descriptors, settings);
    }

    void insert(Terminal t, Instant now) {
        jdbc.update("INSERT INTO gb_terminal (id, name, region_code, driver_id, settings, status, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,'UNKNOWN',?,?)", t.id(), t.name(), t.regionCode(), t.driverId(),
                json(t.settings()), now, now);
    }

    void update(Terminal t, Instant now) {
        jdbc.update("UPDATE gb_terminal SET name = ?, region_code = ?, driver_id = ?, settings = ?, updated_at = ?"
                + " WHERE id = ?", t.name(), t.regionCode(), t.driverId(), json(t.settings()), now, t.id());
    }

    Optional<Terminal> find(String id) {
        return jdbc.queryOne("SELECT id, name, region_code, driver_id, settings FROM gb_terminal WHERE id = ?",
                this::row, id);
    }

    /** Terminals in a region and below it (region codes nest by prefix). */
    List<Terminal> inRegion(String regionCode) {
        return jdbc.query("SELECT id, name, region_code, driver_id, settings FROM gb_terminal WHERE region_code LIKE ?"
                + " ORDER BY id", this::row, regionCode.replace("%", "").replace("_", "") + "%");
    }

    List<Terminal> ofDriver(String driverId) {
        return jdbc.query("SELECT id, name, region_code, driver_id, settings FROM gb_terminal WHERE driver_id = ?"
                + " ORDER BY id", this::row, driverId);
    }

    void status(TerminalStatus s) {
        jdbc.update("UPDATE gb_terminal SET status = ?, volume = ?, status_at = ? WHERE id = ?", s.state(),
                s.volumePercent(), s.at(), s.terminalId());
    }

    Optional<TerminalStatus> lastStatus(String id) {
        return jdbc.queryOne("SELECT id, status, volume, status_at FROM gb_terminal WHERE id = ?", rs -> {
            int v = rs.getInt(3);
            Integer volume = rs.wasNull() ? null : v;
            Instant at = Jdbc.instant(rs, "status_at");
            return new TerminalStatus(rs.getString(1), TerminalStatus.State.valueOf(rs.getString(2)), volume,
                    at == null ? Instant.EPOCH : at, "");
        }, id);
    }

    /** A terminal with its last reported status. */
    record WithStatus(Terminal terminal, TerminalStatus.State status, Integer volume, Instant statusAt) {
    }

    /** Terminals in a region and below it, with their status. */
    List<WithStatus> withStatus(String regionCode) {
        return jdbc.query("SELECT id, name, region_code, driver_id, settings, status, volume, status_at FROM gb_terminal"
                + " WHERE region_code LIKE ? ORDER BY region_code, id", rs -> {
                    int v = rs.getInt(7);
                    Integer volume = rs.wasNull() ? null : v;
                    return new WithStatus(row(rs), TerminalStatus.State.valueOf(rs.getString(6)), volume,
                            Jdbc.instant(rs, "status_at"));
                }, like(regionCode));
    }

    /** Terminals below a region counted by the child region (the code cut to {@code childLength}) and status. */
    Map<String, Map<TerminalStatus.State, Long>> statusByChild(String regionCode, int childLength) {
        Map<String, Map<TerminalStatus.State, Long>> out = new java.util.TreeMap<>();
        jdbc.query("SELECT SUBSTRING(region_code, 1, " + childLength + ") AS child, status, COUNT(*) FROM gb_terminal"
                + " WHERE region_code LIKE ? GROUP BY SUBSTRING(region_code, 1, " + childLength + "), status",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(TerminalStatus.State.class))
                        .put(TerminalStatus.State.valueOf(rs.getString(2)), rs.getLong(3)), like(regionCode));
        return out;
    }

    /** Number of terminals per driver id. */
    Map<String, Long> countByDriver() {
        Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.query("SELECT driver_id, COUNT(*) FROM gb_terminal GROUP BY driver_id",
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    private static String like(String regionCode) {
        return regionCode.replace("%", "").replace("_", "") + "%";
    }

    private Terminal row(ResultSet rs) throws SQLException {
        try {
            return new Terminal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    secrets.open(JSON.readValue(rs.getString(5), MAP)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad settings of terminal " + rs.getString(1), e);
        }
    }

    private static String json(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
