package org.gongkai.broadcast.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.platform.persistence.DataAccessException;
import org.gongkai.platform.persistence.Jdbc;

/**
 * {@link FiredSlots} in table {@code gb_slot_fired}: the primary key (date, township, slot) lets exactly one insert
 * win, across restarts and across nodes on one database. Call it outside a larger transaction: on PostgreSQL a
 * refused insert aborts the transaction it runs in.
 */
final class JdbcFiredSlots implements FiredSlots {
    private final Jdbc jdbc;

    JdbcFiredSlots(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(SlotKey key, SlotFiring.Outcome outcome, Instant at) {
        try {
            return jdbc.update("INSERT INTO gb_slot_fired (slot_date, township, slot_time, outcome, decided_at)"
                    + " VALUES (?,?,?,?,?)", key.date(), key.township(), key.slot().toString(), outcome, at) == 1;
        } catch (DataAccessException e) {
            if (e.isUniqueViolation()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<SlotKey, Decision> decided(LocalDate date) {
        Map<SlotKey, Decision> out = new HashMap<>();
        jdbc.query("SELECT township, slot_time, outcome, decided_at FROM gb_slot_fired WHERE slot_date = ?",
                rs -> out.put(new SlotKey(date, rs.getString(1), LocalTime.parse(rs.getString(2))), new Decision(
                        SlotFiring.Outcome.valueOf(rs.getString(3)), Jdbc.instant(rs, "decided_at"))), date);
        return out;
    }
}
