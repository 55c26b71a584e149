package org.gongkai.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.sql.DataSource;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versioned migrations on H2: order, history, checksums, failures. */
class MigrationRunnerTest {
    private static final MigrationScript V1 = new MigrationScript(1, "create thing",
            "CREATE TABLE thing (id INTEGER PRIMARY KEY, name VARCHAR(20));\nINSERT INTO thing VALUES (1, 'one; two');\n");
    private static final MigrationScript V2 = new MigrationScript(2, "add colour",
            "-- V2 depends on V1\nALTER TABLE thing ADD COLUMN colour VARCHAR(10) DEFAULT 'red';");
    private static final MigrationScript V3 = new MigrationScript(3, "more things",
            "INSERT INTO thing (id, name) VALUES (2, 'it''s');");

    private DataSource ds;
    private Jdbc jdbc;
    private MigrationRunner runner;

    @BeforeEach
    void setUp() {
        ds = TestDb.emptyDataSource();
        jdbc = TestDb.jdbc(ds);
        runner = new MigrationRunner(ds);
    }

    @Test
    void scriptsRunInVersionOrderExactlyOnce() {
        assertEquals(0, runner.currentVersion("demo"));
        assertEquals(List.of(1, 2, 3), runner.migrate("demo", List.of(V3, V2, V1)));
        assertEquals(3, runner.currentVersion("demo"));
        assertEquals(List.of("one; two", "it's"), jdbc.query("SELECT name FROM thing ORDER BY id", rs -> rs.getString(1)));
        assertEquals("red", jdbc.queryOne("SELECT colour FROM thing WHERE id = 2", rs -> rs.getString(1)).orElseThrow());

        assertEquals(List.of(), runner.migrate("demo", List.of(V1, V2, V3)), "a second run applies nothing");
        assertEquals(2, jdbc.queryLong("SELECT count(*) FROM thing"));
    }

    @Test
    void onlyPendingScriptsRunLater() {
        assertEquals(List.of(1), runner.migrate("demo", List.of(V1)));
        assertEquals(List.of(2, 3), runner.migrate("demo", List.of(V1, V2, V3)));
        assertEquals(3, runner.currentVersion("demo"));
    }

    @Test
    void theHistoryRecordsEachScript() {
        runner.migrate("demo", List.of(V1, V2));
        List<String> rows = jdbc.query("SELECT component, version, description, checksum FROM gk_schema_history"
                + " ORDER BY version", rs -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3) + "/"
                + rs.getString(4));
        assertEquals(List.of("demo/1/create thing/" + MigrationRunner.checksum(V1.sql()),
                "demo/2/add colour/" + MigrationRunner.checksum(V2.sql())), rows);
        assertTrue(MigrationRunner.checksum(V1.sql()).matches("[0-9a-f]{64}"));
    }

    @Test
    void componentsHaveSeparateHistories() {
        runner.migrate("demo", List.of(V1));
        assertEquals(List.of(1), runner.migrate("other", List.of(
                new MigrationScript(1, "other table", "CREATE TABLE other_thing (id INTEGER)"))));
        assertEquals(1, runner.currentVersion("demo"));
        assertEquals(1, runner.currentVersion("other"));
        assertEquals(0, runner.currentVersion("nobody"));
    }

    @Test
    void aChangedAppliedScriptStopsTheMigration() {
        runner.migrate("demo", List.of(V1));
        MigrationScript edited = new MigrationScript(1, "create thing", V1.sql().replace("VARCHAR(20)", "VARCHAR(30)"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.migrate("demo", List.of(edited, V2)));
        assertTrue(e.getMessage().contains("V1"), e.getMessage());
        assertEquals(1, runner.currentVersion("demo"), "V2 was not applied after the refusal");
    }

    @Test
    void lineEndingsAndSurroundingWhitespaceDoNotChangeTheChecksum() {
        runner.migrate("demo", List.of(V1));
        MigrationScript crlf = new MigrationScript(1, "create thing", "\n" + V1.sql().replace("\n", "\r\n") + "  \n");
        assertEquals(List.of(2), runner.migrate("demo", List.of(crlf, V2)));
    }

    @Test
    void aFailingScriptIsNotRecordedAndCanBeFixed() {
        MigrationScript broken = new MigrationScript(2, "broken", "ALTER TABLE no_such_table ADD COLUMN x INTEGER");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.migrate("demo", List.of(V1, broken)));
        assertTrue(e.getMessage().contains("demo"), e.getMessage());
        assertEquals(1, runner.currentVersion("demo"), "V1 committed, V2 not recorded");
        assertEquals(List.of(2), runner.migrate("demo", List.of(V1, V2)));
    }

    @Test
    void thePlatformKernelScriptCreatesItsTables() {
        String sql = TestDb.resource("db/platform/V1__platform_kernel.sql");
        assertEquals(List.of(1), runner.migrate("platform", List.of(new MigrationScript(1, "platform kernel", sql))));
        for (String table : List.of("gk_region", "gk_agency", "gk_account", "gk_account_role", "gk_session", "gk_audit",
                "gk_audit_head", "gk_setting")) {
            assertEquals(0, jdbc.queryLong("SELECT count(*) FROM " + table + " WHERE 1 = 0"), table);
        }
        assertEquals(1, jdbc.queryLong("SELECT count(*) FROM gk_audit_head"));
        assertEquals(1, jdbc.nextval("gk_account_seq"));
        assertEquals("h2", runner.dialect());
    }
}
