package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.gongkai.platform.persistence.SchemaMigrations;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

/** Smoke test and schema migrations; runs in both the H2 and the PostgreSQL container. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MigrationSmokeIT extends GongkaiTestSupport {

    SchemaMigrations migrations;

    DataSource dataSource;

    @Inject
    BundleContext context;

    @Before
    public void ready() throws Exception {
        awaitReady();
        migrations = service(SchemaMigrations.class, null);
        dataSource = service(DataSource.class, "(osgi.jndi.service.name=gongkai)");
    }

    @Test
    public void thePlatformSchemaIsMigratedOnceAndRerunningKeepsTheData() throws Exception {
        assertEquals(1, migrations.currentVersion("platform"));
        assertEquals(5, migrations.currentVersion("disclosure"));
        assertEquals(4, migrations.currentVersion("broadcast")); // V3 daily slots, V4 audio
        long hamlets = count("SELECT count(*) FROM gk_region WHERE region_level = 'HAMLET'");
        assertEquals(1236, hamlets);
        org.osgi.framework.Bundle platform = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.gongkai.platform".equals(b.getSymbolicName())).findFirst().orElseThrow();
        List<Integer> applied = migrations.migrate("platform", platform);
        assertTrue("nothing should be applied twice: " + applied, applied.isEmpty());
        assertEquals(hamlets, count("SELECT count(*) FROM gk_region WHERE region_level = 'HAMLET'"));
        assertTrue(count("SELECT count(*) FROM gk_account") >= 12);
    }

    @Test
    public void demoCountyAndLoginWork() throws Exception {
        assertEquals(200, get("/api/health", null).status());
        Reply towns = get("/api/regions?parent=450323", "handler");
        assertEquals(200, towns.status());
        assertTrue(towns.body().contains("\"name\":\"大圩镇\""));
        assertTrue(get("/api/audit/verify", "admin").body().contains("\"valid\":true"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
