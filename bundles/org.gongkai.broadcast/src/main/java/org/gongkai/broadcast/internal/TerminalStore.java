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

    TerminalStore(Jdbc jdbc) {
        this.jdbc = jdbc;
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
                TerminalStore::row, id);
    }

    /** Terminals in a region and below it (region codes nest by prefix). */
    List<Terminal> inRegion(String regionCode) {
        return jdbc.query("SELECT id, name, region_code, driver_id, settings FROM gb_terminal WHERE region_code LIKE ?"
                + " ORDER BY id", TerminalStore::row, regionCode.replace("%", "").replace("_", "") + "%");
    }

    List<Terminal> ofDriver(String driverId) {
        return jdbc.query("SELECT id, name, region_code, driver_id, settings FROM gb_terminal WHERE driver_id = ?"
                + " ORDER BY id", TerminalStore::row, driverId);
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

    private static Terminal row(ResultSet rs) throws SQLException {
        try {
            return new Terminal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    JSON.readValue(rs.getString(5), MAP));
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
