package org.gongkai.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hash-chained audit trail on a real (H2) database, tampered with directly through JDBC. */
class AuditTrailTest {
    private static final String ZERO = "0".repeat(64);

    private DataSource ds;
    private Jdbc jdbc;
    private TestDb.MutableClock clock;
    private AuditStore store;

    @BeforeEach
    void setUp() {
        ds = TestDb.platformDataSource();
        jdbc = TestDb.jdbc(ds);
        clock = new TestDb.MutableClock(TestDb.NOW);
        store = new AuditStore(jdbc, clock);
    }

    private AuditTrailImpl trail(String algorithm) {
        return new AuditTrailImpl(store, TestDb.TX, algorithm);
    }

    /** Five entries, one second apart: seq 1..5. */
    private List<AuditEntry> fiveEntries(AuditTrailImpl trail) {
        List<AuditEntry> out = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            out.add(trail.append(TestDb.ADMIN, "THING_SAVED", "thing", "T-" + i, "{\"n\":" + i + "}"));
            clock.advance(Duration.ofSeconds(1));
        }
        return out;
    }

    private int sql(String statement, Object... params) {
        return jdbc.update(statement, params);
    }

    @Test
    void appendingBuildsALinkedChainWhoseHashesRecompute() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        List<AuditEntry> entries = fiveEntries(trail);
        assertEquals(ZERO, entries.get(0).previousHash());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            assertEquals(i + 1, e.seq());
            if (i > 0) {
                assertEquals(entries.get(i - 1).hash(), e.previousHash(), "entry " + e.seq() + " links to its predecessor");
            }
            assertEquals(AuditHasher.hash(e.algorithm(), e.previousHash(), e.seq(), e.time(), e.actor(), e.action(),
                    e.objectType(), e.objectId(), e.details()), e.hash());
            assertTrue(e.hash().matches("[0-9a-f]{64}"));
        }
        // what is stored is what was answered
        List<AuditEntry> stored = trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, null, 100));
        List<AuditEntry> oldestFirst = new java.util.ArrayList<>(stored);
        java.util.Collections.reverse(oldestFirst);
        assertEquals(entries, oldestFirst);
        // and the head row points at the last entry
        assertEquals(entries.get(4).hash(), jdbc.queryOne("SELECT last_hash FROM gk_audit_head WHERE id = 1",
                rs -> rs.getString(1)).orElseThrow());
        assertEquals(5L, jdbc.queryLong("SELECT last_seq FROM gk_audit_head WHERE id = 1"));
    }

    @Test
    void anEmptyOrUntouchedChainVerifies() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        assertEquals(new AuditVerification(true, 0, null, null), trail.verify());
        fiveEntries(trail);
        assertEquals(new AuditVerification(true, 5, null, null), trail.verify());
    }

    @Test
    void aChangedDetailsColumnIsFoundAtItsEntry() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        assertEquals(1, sql("UPDATE gk_audit SET details = '{\"n\":99}' WHERE seq = 3"));
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(3L, v.firstBrokenSeq());
        assertEquals(2, v.entries(), "entries 1 and 2 were fine");
        assertTrue(v.problem().contains("hash mismatch"), v.problem());
    }

    @Test
    void aChangedActorIsFoundAtItsEntry() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        sql("UPDATE gk_audit SET actor = 'someone-else' WHERE seq = 2");
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(2L, v.firstBrokenSeq());
    }

    @Test
    void aDeletedMiddleEntryIsReportedAsMissing() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        sql("DELETE FROM gk_audit WHERE seq = 3");
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(3L, v.firstBrokenSeq());
        assertTrue(v.problem().contains("missing"), v.problem());
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        sql("DELETE FROM gk_audit WHERE seq = 5");
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(5L, v.firstBrokenSeq());
        assertEquals(4, v.entries());
    }

    @Test
    void aDeletedFirstEntryIsReportedAtOne() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        sql("DELETE FROM gk_audit WHERE seq = 1");
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(1L, v.firstBrokenSeq());
    }

    @Test
    void aChangedTimestampIsFoundAtItsEntry() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        List<AuditEntry> entries = fiveEntries(trail);
        sql("UPDATE gk_audit SET created_at = ? WHERE seq = 4", Timestamp.from(entries.get(3).time().minusSeconds(3600)));
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(4L, v.firstBrokenSeq());
    }

    @Test
    void aRewrittenEntryWithARecomputedHashStillBreaksTheNextLink() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        List<AuditEntry> entries = fiveEntries(trail);
        AuditEntry e = entries.get(1);
        String forged = AuditHasher.hash(e.algorithm(), e.previousHash(), e.seq(), e.time(), e.actor(), e.action(),
                e.objectType(), e.objectId(), "forged");
        sql("UPDATE gk_audit SET details = 'forged', hash = ? WHERE seq = 2", forged);
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(3L, v.firstBrokenSeq());
        assertTrue(v.problem().contains("does not link"), v.problem());
    }

    @Test
    void sm3AndSha256GiveDifferent64HexHashes() {
        Instant t = TestDb.NOW;
        String sha = AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "admin", "A", "thing", "1", "d");
        String sm3 = AuditHasher.hash(AuditHasher.SM3, ZERO, 1, t, "admin", "A", "thing", "1", "d");
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        assertTrue(sm3.matches("[0-9a-f]{64}"), sm3);
        assertNotEquals(sha, sm3);
        assertEquals(sm3, AuditHasher.hash(AuditHasher.SM3, ZERO, 1, t, "admin", "A", "thing", "1", "d"));
        // null details hash like empty details; every field takes part
        assertEquals(sha, AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "admin", "A", "thing", "1", "d"));
        assertNotEquals(sha, AuditHasher.hash(AuditHasher.SHA256, ZERO, 2, t, "admin", "A", "thing", "1", "d"));
        assertEquals(AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "admin", "A", "thing", "1", null),
                AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "admin", "A", "thing", "1", ""));
        // the length prefix keeps field boundaries apart: ("ab","c") and ("a","bc") differ
        assertNotEquals(AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "ab", "c", "thing", "1", "d"),
                AuditHasher.hash(AuditHasher.SHA256, ZERO, 1, t, "a", "bc", "thing", "1", "d"));
    }

    @Test
    void sm3MatchesTheGbtTestVector() {
        // GB/T 32905-2016 example 1: SM3("abc") = 66c7f0f4 62eeedd9 d1f2d46b dc10e4e2 4167c487 5cf2f7a2 297da02b 8f4ba8e0
        org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
        sm3.update("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 3);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                java.util.HexFormat.of().formatHex(out));
        assertTrue(AuditHasher.supported("SM3"));
        assertTrue(AuditHasher.supported("SHA-256"));
        assertFalse(AuditHasher.supported("MD5"));
    }

    @Test
    void aChainMixingAlgorithmsStillVerifiesAndEachEntryKeepsItsOwn() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        trail.append(TestDb.ADMIN, "A", "thing", "1", "sha");
        trail.append(TestDb.ADMIN, "A", "thing", "2", "sha");
        trail.modified(new AuditTrailImpl.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return AuditTrailImpl.Config.class;
            }

            @Override
            public String algorithm() {
                return AuditHasher.SM3;
            }
        });
        AuditEntry third = trail.append(TestDb.ADMIN, "A", "thing", "3", "sm3");
        // another service instance configured for SM3 from the start continues the same chain
        AuditEntry fourth = trail(AuditHasher.SM3).append(TestDb.ADMIN, "A", "thing", "4", "sm3");
        AuditEntry fifth = trail(AuditHasher.SHA256).append(TestDb.ADMIN, "A", "thing", "5", "sha again");
        assertEquals("SM3", third.algorithm());
        assertEquals("SM3", fourth.algorithm());
        assertEquals("SHA-256", fifth.algorithm());
        List<String> algs = jdbc.query("SELECT alg FROM gk_audit ORDER BY seq", rs -> rs.getString(1));
        assertEquals(List.of("SHA-256", "SHA-256", "SM3", "SM3", "SHA-256"), algs);
        assertEquals(new AuditVerification(true, 5, null, null), trail.verify());

        sql("UPDATE gk_audit SET details = 'x' WHERE seq = 4");
        assertEquals(4L, trail.verify().firstBrokenSeq());
    }

    @Test
    void anUnknownAlgorithmIsRefusedAndAnUnknownOneInTheTableBreaksTheChain() {
        assertThrows(IllegalArgumentException.class, () -> trail("MD5"));
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        fiveEntries(trail);
        sql("UPDATE gk_audit SET alg = 'MD5' WHERE seq = 2");
        AuditVerification v = trail.verify();
        assertFalse(v.valid());
        assertEquals(2L, v.firstBrokenSeq());
    }

    @Test
    void detailsLongerThan4000CharactersAreCutAndTheChainStillVerifies() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        String longText = "审".repeat(3000) + "x".repeat(2000);
        AuditEntry e = trail.append(TestDb.ADMIN, "A", "thing", "1", longText);
        assertEquals(4000, e.details().length());
        assertEquals(longText.substring(0, 4000), e.details());
        String stored = jdbc.queryOne("SELECT details FROM gk_audit WHERE seq = 1", rs -> rs.getString(1)).orElseThrow();
        assertEquals(e.details(), stored);
        AuditEntry exact = trail.append(TestDb.ADMIN, "A", "thing", "2", "y".repeat(4000));
        assertEquals(4000, exact.details().length());
        AuditEntry none = trail.append(TestDb.ADMIN, "A", "thing", "3", null);
        assertNull(none.details());
        assertTrue(trail.verify().valid());
    }

    @Test
    void queryFiltersByObjectAndPagesBackwardsNewestFirst() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        for (int i = 1; i <= 12; i++) {
            trail.append(i % 3 == 0 ? TestDb.HANDLER : TestDb.ADMIN, i % 2 == 0 ? "EVEN" : "ODD",
                    i <= 8 ? "case" : "letter", i <= 8 ? "C-" + (i % 2) : "L-1", "entry " + i);
        }
        List<AuditEntry> c0 = trail.query(TestDb.ADMIN, AuditQuery.forObject("case", "C-0"));
        assertEquals(List.of(8L, 6L, 4L, 2L), c0.stream().map(AuditEntry::seq).toList());
        assertTrue(c0.stream().allMatch(e -> e.objectType().equals("case") && e.objectId().equals("C-0")));

        List<AuditEntry> page1 = trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, null, 5));
        assertEquals(List.of(12L, 11L, 10L, 9L, 8L), page1.stream().map(AuditEntry::seq).toList());
        List<AuditEntry> page2 = trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, 8L, 5));
        assertEquals(List.of(7L, 6L, 5L, 4L, 3L), page2.stream().map(AuditEntry::seq).toList());
        List<AuditEntry> page3 = trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, 3L, 5));
        assertEquals(List.of(2L, 1L), page3.stream().map(AuditEntry::seq).toList());

        List<AuditEntry> letters = trail.query(TestDb.AUDITOR, new AuditQuery("letter", null, null, null, null, 100));
        assertEquals(List.of(12L, 11L, 10L, 9L), letters.stream().map(AuditEntry::seq).toList());
        List<AuditEntry> byActor = trail.query(TestDb.AUDITOR, new AuditQuery(null, null, "handler", "EVEN", null, 100));
        assertEquals(List.of(12L, 6L), byActor.stream().map(AuditEntry::seq).toList());
        // the page size is kept within 1..500
        assertEquals(1, trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, null, 0)).size());
        assertEquals(12, trail.query(TestDb.AUDITOR, new AuditQuery(null, null, null, null, null, 10_000)).size());
    }

    @Test
    void onlyAdminsAndAuditorsMayQuery() {
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        trail.append(TestDb.ADMIN, "A", "thing", "1", null);
        assertThrows(AccessDeniedException.class, () -> trail.query(TestDb.HANDLER, AuditQuery.forObject("thing", "1")));
        Actor nobody = new Actor("nobody", "LC-GKB", Set.of());
        assertThrows(AccessDeniedException.class, () -> trail.query(nobody, AuditQuery.forObject("thing", "1")));
        Actor headAndReviewer = new Actor("x", "LC-GKB", Set.of(Role.OFFICE_HEAD.id(), Role.REVIEWER.id()));
        assertThrows(AccessDeniedException.class, () -> trail.query(headAndReviewer, AuditQuery.forObject("thing", "1")));
        assertEquals(1, trail.query(TestDb.AUDITOR, AuditQuery.forObject("thing", "1")).size());
        assertEquals(1, trail.query(Actor.SYSTEM, AuditQuery.forObject("thing", "1")).size());
    }

    /**
     * Entry times survive the database round trip exactly (microseconds, whatever the machine zone; surefire runs the
     * JVM in America/Los_Angeles), including around that zone's daylight-saving changes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T02:00:00.123456789Z", "2026-03-08T10:30:00Z", "2026-11-01T08:30:00Z",
            "2026-11-01T10:30:00Z", "2025-12-31T16:00:00Z"})
    void entryTimesRoundTripExactly(String instant) {
        clock.set(Instant.parse(instant));
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        AuditEntry e = trail.append(TestDb.ADMIN, "A", "thing", "1", null);
        assertEquals(Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.MICROS), e.time());
        AuditEntry stored = trail.query(TestDb.ADMIN, AuditQuery.forObject("thing", "1")).get(0);
        assertEquals(e.time(), stored.time());
        assertTrue(trail.verify().valid());
    }

    /**
     * 2026-11-01T09:30:00Z is 01:30 PST, the second 01:30 of that night in Los Angeles (the JVM zone under surefire).
     * The entry must still verify: nothing was tampered with.
     */
    @Test
    void anEntryWrittenInTheRepeatedDaylightSavingHourStillVerifies() {
        clock.set(Instant.parse("2026-11-01T09:30:00Z"));
        AuditTrailImpl trail = trail(AuditHasher.SHA256);
        AuditEntry e = trail.append(TestDb.ADMIN, "A", "thing", "1", null);
        assertEquals(new AuditVerification(true, 1, null, null), trail.verify());
        assertEquals(e.time(), trail.query(TestDb.ADMIN, AuditQuery.forObject("thing", "1")).get(0).time());
    }
}
