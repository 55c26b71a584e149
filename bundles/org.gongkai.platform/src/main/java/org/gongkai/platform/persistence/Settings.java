package org.gongkai.platform.persistence;

import java.util.Optional;

/**
 * Small installation-wide facts in table {@code gk_setting} (e.g. "demo data of capability X loaded"). Access goes
 * through {@link Jdbc}, so it joins the caller's transaction.
 */
public final class Settings {
    private final Jdbc jdbc;

    public Settings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.queryOne("SELECT setting_value FROM gk_setting WHERE setting_key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        if (jdbc.update("UPDATE gk_setting SET setting_value = ? WHERE setting_key = ?", value, key) == 0) {
            jdbc.update("INSERT INTO gk_setting (setting_key, setting_value) VALUES (?,?)", key, value);
        }
    }
}
