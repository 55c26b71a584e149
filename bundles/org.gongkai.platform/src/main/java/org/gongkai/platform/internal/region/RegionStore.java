package org.gongkai.platform.internal.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;

/** Rows of {@code gk_region} and {@code gk_agency}. */
final class RegionStore {
    private final Jdbc jdbc;

    RegionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> regions() {
        return jdbc.query("SELECT code, name, region_level, parent_code FROM gk_region ORDER BY code", RegionStore::region);
    }

    List<Region> children(String parent) {
        if (parent == null) {
            return jdbc.query("SELECT code, name, region_level, parent_code FROM gk_region WHERE parent_code IS NULL"
                    + " ORDER BY code", RegionStore::region);
        }
        return jdbc.query("SELECT code, name, region_level, parent_code FROM gk_region WHERE parent_code = ?"
                + " ORDER BY sort_order, code", RegionStore::region, parent);
    }

    Optional<Region> region(String code) {
        return jdbc.queryOne("SELECT code, name, region_level, parent_code FROM gk_region WHERE code = ?",
                RegionStore::region, code);
    }

    long childCount(String code) {
        return jdbc.queryLong("SELECT count(*) FROM gk_region WHERE parent_code = ?", code);
    }

    boolean upsertRegion(Region r, int order) {
        int n = jdbc.update("UPDATE gk_region SET name = ?, region_level = ?, parent_code = ?, sort_order = ? WHERE code = ?",
                r.name(), r.level(), r.parentCode(), order, r.code());
        if (n == 0) {
            jdbc.update("INSERT INTO gk_region (code, name, region_level, parent_code, sort_order) VALUES (?,?,?,?,?)",
                    r.code(), r.name(), r.level(), r.parentCode(), order);
            return true;
        }
        return false;
    }

    List<Agency> agencies() {
        return jdbc.query("SELECT code, name, short_name, kind, parent_code, region_code, active FROM gk_agency"
                + " ORDER BY sort_order, code", RegionStore::agency);
    }

    Optional<Agency> agency(String code) {
        return jdbc.queryOne("SELECT code, name, short_name, kind, parent_code, region_code, active FROM gk_agency"
                + " WHERE code = ?", RegionStore::agency, code);
    }

    boolean upsertAgency(Agency a, int order) {
        int n = jdbc.update("UPDATE gk_agency SET name = ?, short_name = ?, kind = ?, parent_code = ?, region_code = ?,"
                + " active = ?, sort_order = ? WHERE code = ?", a.name(), a.shortName(), a.kind(), a.parentCode(),
                a.regionCode(), a.active(), order, a.code());
        if (n == 0) {
            jdbc.update("INSERT INTO gk_agency (code, name, short_name, kind, parent_code, region_code, active, sort_order)"
                    + " VALUES (?,?,?,?,?,?,?,?)", a.code(), a.name(), a.shortName(), a.kind(), a.parentCode(),
                    a.regionCode(), a.active(), order);
            return true;
        }
        return false;
    }

    int maxAgencyOrder() {
        return (int) jdbc.queryLong("SELECT coalesce(max(sort_order), 0) FROM gk_agency");
    }

    private static Region region(ResultSet rs) throws SQLException {
        return new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)), rs.getString(4));
    }

    private static Agency agency(ResultSet rs) throws SQLException {
        return new Agency(rs.getString(1), rs.getString(2), rs.getString(3), AgencyKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getBoolean(7));
    }
}
