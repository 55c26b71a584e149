package org.gongkai.platform.internal.region;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sql.DataSource;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.region.ImportResult;

/** Region services on a test database, empty or seeded with a small county. */
public final class RegionFixtures {
    /** A county with one township and one village. */
    public static final String SMALL_REGIONS = """
            code,name,level,parent_code
            450323,灵川县,COUNTY,
            450323100,灵川镇,TOWNSHIP,450323
            450323100001,平松社区,VILLAGE,450323100
            """;

    /** The county government, its openness office, a department with a sub-unit, a development zone, a township. */
    public static final String SMALL_AGENCIES = """
            code,name,short_name,kind,parent_code,region_code
            LC-GOV,灵川县人民政府,县政府,GOVERNMENT,,450323
            LC-GKB,灵川县人民政府办公室（政务公开办）,政务公开办,OPENNESS_OFFICE,LC-GOV,450323
            LC-ZRZYJ,灵川县自然资源局,自然资源局,DEPARTMENT,LC-GOV,450323
            LC-ZRZYJ-CH,灵川县自然资源局测绘队,测绘队,PUBLIC_INSTITUTION,LC-ZRZYJ,450323
            LC-DZ-BLJ,灵川八里街经济开发区管理委员会,八里街开发区,DEVELOPMENT_ZONE,LC-GOV,450323100
            LC-T-100,灵川镇人民政府,灵川镇,TOWNSHIP_GOVERNMENT,LC-GOV,450323100
            """;

    private RegionFixtures() {
    }

    public static RegionServiceImpl regionService(DataSource ds, AuditTrail audit) {
        return new RegionServiceImpl(new RegionStore(TestDb.jdbc(ds)), TestDb.TX, audit);
    }

    public static RegionServiceImpl smallCounty(DataSource ds, AuditTrail audit) {
        RegionServiceImpl regions = regionService(ds, audit);
        ImportResult r = regions.importRegions(TestDb.ADMIN, SMALL_REGIONS);
        assertTrue(r.ok(), r::toString);
        ImportResult a = regions.importAgencies(TestDb.ADMIN, SMALL_AGENCIES);
        assertTrue(a.ok(), a::toString);
        return regions;
    }
}
