package org.gongkai.broadcast.internal;

import java.time.Instant;
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
}
