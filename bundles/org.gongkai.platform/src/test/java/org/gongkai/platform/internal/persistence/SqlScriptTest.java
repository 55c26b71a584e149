package org.gongkai.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongkai.platform.internal.TestDb;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Splitting migration scripts into statements. */
class SqlScriptTest {

    @Test
    void statementsAreSplitOnSemicolonsAndTrimmed() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y INTEGER)"),
                SqlScript.statements("CREATE TABLE a (x INTEGER);\n  CREATE TABLE b (y INTEGER);\n"));
        assertEquals(List.of("SELECT 1"), SqlScript.statements("SELECT 1"), "the last statement needs no semicolon");
        assertEquals(List.of(), SqlScript.statements(" ;\n;; \n"));
    }

    @Test
    void semicolonsInsideQuotesDoNotSplit() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'c')", "SELECT 2"),
                SqlScript.statements("INSERT INTO t VALUES ('a;b', 'c');SELECT 2;"));
        assertEquals(List.of("INSERT INTO t VALUES ('it''s; fine')", "SELECT 3"),
                SqlScript.statements("INSERT INTO t VALUES ('it''s; fine');\nSELECT 3;"));
    }

    @Test
    void lineCommentsAreIgnoredEvenWithSemicolonsOrQuotes() {
        List<String> s = SqlScript.statements("""
                -- header; with a semicolon and a quote: don't
                CREATE TABLE a (x INTEGER); -- trailing comment; here
                -- another one
                CREATE TABLE b ( -- inline
                    y INTEGER
                );
                """);
        assertEquals(2, s.size(), s::toString);
        assertEquals("CREATE TABLE a (x INTEGER)", s.get(0));
        assertEquals("CREATE TABLE b ( \n    y INTEGER\n)", s.get(1));
    }

    @Test
    void doubleDashesInsideQuotesAreKept() {
        assertEquals(List.of("INSERT INTO t VALUES ('a--b')"), SqlScript.statements("INSERT INTO t VALUES ('a--b');"));
    }

    @Test
    void thePlatformKernelScriptHasFifteenStatements() {
        List<String> s = SqlScript.statements(TestDb.resource("db/platform/V1__platform_kernel.sql"));
        assertEquals(15, s.size());
        assertEquals(true, s.get(0).startsWith("CREATE TABLE gk_region"));
        assertEquals(true, s.stream().noneMatch(x -> x.contains("--")));
    }

    @Test
    void blockCommentsAreIgnoredToo() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)"),
                SqlScript.statements("/* one; two */ CREATE TABLE a (x INTEGER);"));
        assertEquals(2, SqlScript.statements("/* don't */ CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER);").size());
    }
}
