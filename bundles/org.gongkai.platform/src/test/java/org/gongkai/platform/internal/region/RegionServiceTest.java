package org.gongkai.platform.internal.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.audit.AuditFixtures;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region and agency CSV import (all or nothing, errors by line) and the agency-scope rule. */
class RegionServiceTest {
    private static final String HEADER = "code,name,level,parent_code\n";
    private static final String AGENCY_HEADER = "code,name,short_name,kind,parent_code,region_code\n";

    /** A good file, county → township → village → hamlet; the lines are numbered 1 (header) to 6. */
    private static final String GOOD = HEADER
            + "450323,灵川县,COUNTY,\n"
            + "450323100,灵川镇,TOWNSHIP,450323\n"
            + "450323100001,平松社区,VILLAGE,450323100\n"
            + "450323100001001,上屯,HAMLET,450323100001\n"
            + "450323100001002,\"下屯, 老村\",HAMLET,450323100001\n";

    private DataSource ds;
    private AuditTrail audit;
    private RegionServiceImpl regions;

    @BeforeEach
    void setUp() {
        ds = TestDb.platformDataSource();
        audit = AuditFixtures.trail(ds, TestDb.fixedClock());
        regions = RegionFixtures.regionService(ds, audit);
    }

    private List<AuditEntry> audited(String objectType) {
        return audit.query(TestDb.AUDITOR, new AuditQuery(objectType, null, null, null, null, 100));
    }

    /** The error fields, with the column part normalised (parent_code and parentCode both read "parentcode"). */
    private static List<String> fields(ImportResult r) {
        return r.errors().stream().map(FieldError::field).map(RegionServiceTest::normalise).toList();
    }

    private static String normalise(String field) {
        int colon = field.indexOf(": ");
        return colon < 0 ? field : field.substring(0, colon + 2) + field.substring(colon + 2).replace("_", "").toLowerCase();
    }

    // ---- regions ------------------------------------------------------------------------------------------------

    @Test
    void aGoodRegionFileImportsTheWholeTree() {
        ImportResult r = regions.importRegions(TestDb.ADMIN, GOOD);
        assertTrue(r.ok(), r::toString);
        assertEquals(5, r.created());
        assertEquals(0, r.updated());
        assertEquals(List.of(new Region("450323", "灵川县", RegionLevel.COUNTY, null)), regions.children(null));
        assertEquals(List.of("450323100001001", "450323100001002"),
                regions.children("450323100001").stream().map(Region::code).toList());
        assertEquals("下屯, 老村", regions.region("450323100001002").orElseThrow().name());
        assertEquals(RegionLevel.HAMLET, regions.region("450323100001001").orElseThrow().level());
        assertEquals(2, regions.childCount("450323100001"));
        assertEquals(Optional.empty(), regions.region(null));

        List<AuditEntry> entries = audited("region");
        assertEquals(1, entries.size());
        assertEquals(AuditActions.REGIONS_IMPORTED, entries.get(0).action());
        assertEquals("5 rows", entries.get(0).details());
    }

    @Test
    void reimportingUpdatesAndAddsBelowExistingRegions() {
        regions.importRegions(TestDb.ADMIN, GOOD);
        ImportResult again = regions.importRegions(TestDb.ADMIN, HEADER
                + "450323100,灵川镇（新）,TOWNSHIP,450323\n"
                + "450323101,大圩镇,TOWNSHIP,450323\n");
        assertTrue(again.ok(), again::toString);
        assertEquals(1, again.created());
        assertEquals(1, again.updated());
        assertEquals("灵川镇（新）", regions.region("450323100").orElseThrow().name());
        assertEquals(6, regions.regions().size());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // wrong code length for the level
            "45032310,灵川镇,TOWNSHIP,450323                  | line 3: code",
            // not digits
            "45032310A,灵川镇,TOWNSHIP,450323                 | line 3: code",
            // child code not prefixed by its parent
            "450324100,灵川镇,TOWNSHIP,450323                 | line 3: parentcode",
            // unknown parent
            "450323100,灵川镇,TOWNSHIP,450399                 | line 3: parentcode",
            // missing parent
            "450323100,灵川镇,TOWNSHIP,                       | line 3: parentcode",
            // unknown level
            "450323100,灵川镇,TOWN,450323                     | line 3: level",
            // a village directly below the county (prefix fits, level does not)
            "450323100001,平松社区,VILLAGE,450323             | line 3: parentcode",
            // duplicate code (the county again)
            "450323,灵川县,COUNTY,                            | line 3: code",
            // markup in a name
            "450323100,<b>灵川镇</b>,TOWNSHIP,450323          | line 3: name",
            // empty name
            "450323100,,TOWNSHIP,450323                       | line 3: name",
            // too few columns
            "450323100,灵川镇,TOWNSHIP                        | line 3: columns",
            // a county with a parent
            "450324,临桂区,COUNTY,450323                      | line 3: parentcode"})
    void aFileWithOneBadRowIsRejectedWholeWithTheLineAndColumn(String badRow, String expectedField) {
        String csv = HEADER + "450323,灵川县,COUNTY,\n" + badRow.strip() + "\n" + "450323101,大圩镇,TOWNSHIP,450323\n";
        ImportResult r = regions.importRegions(TestDb.ADMIN, csv);
        assertFalse(r.ok());
        assertEquals(List.of(expectedField), fields(r), r::toString);
        assertEquals(0, r.created());
        assertTrue(regions.regions().isEmpty(), "nothing written, not even the good rows");
        assertTrue(audited("region").isEmpty());
    }

    @Test
    void everyBadRowIsReportedWithItsOwnLineNumberCountingQuotedLineBreaks() {
        String csv = HEADER
                + "450323,灵川县,COUNTY,\n"                          // line 2
                + "450323100,\"灵川镇\n第二行\",TOWNSHIP,450323\n"     // lines 3-4: a line break in the name
                + "\n"                                                // line 5: empty, skipped
                + "450323101,大圩镇,TOWNSHIP,450399\n"                // line 6: unknown parent
                + "450323102001,村,VILLAGE,450323102\n"               // line 7: unknown parent
                + "4503231020,村,VILLAGE,450323102\n";                // line 8: code length
        ImportResult r = regions.importRegions(TestDb.ADMIN, csv);
        assertEquals(List.of("line 3: name", "line 6: parentcode", "line 7: parentcode", "line 8: code"), fields(r));
        assertTrue(regions.regions().isEmpty());
    }

    @Test
    void parentsMayAlreadyExistInTheDatabase() {
        regions.importRegions(TestDb.ADMIN, HEADER + "450323,灵川县,COUNTY,\n");
        ImportResult r = regions.importRegions(TestDb.ADMIN, HEADER + "450323105,九屋镇,TOWNSHIP,450323\n");
        assertTrue(r.ok(), r::toString);
        assertEquals(RegionLevel.TOWNSHIP, regions.region("450323105").orElseThrow().level());
    }

    @Test
    void aFileWithoutTheHeaderIsAValidationError() {
        for (String csv : new String[] {"450323,灵川县,COUNTY,\n", "", null, "code,name,level\n450323,灵川县,COUNTY\n",
                "Code,Name,Level,Parent_Code\n"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> regions.importRegions(TestDb.ADMIN, csv));
            assertEquals("csv", e.fieldErrors().get(0).field());
        }
        ValidationException agencies = assertThrows(ValidationException.class,
                () -> regions.importAgencies(TestDb.ADMIN, "code,name,kind\n"));
        assertEquals("csv", agencies.fieldErrors().get(0).field());
        // a header with a BOM and spaces is fine
        assertTrue(regions.importRegions(TestDb.ADMIN, "\uFEFFcode, name ,level,parent_code\r\n450323,灵川县,COUNTY,\r\n").ok());
    }

    @Test
    void anUnclosedQuoteIsAValidationError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> regions.importRegions(TestDb.ADMIN, HEADER + "450323,\"灵川县,COUNTY,\n"));
        assertEquals("csv", e.fieldErrors().get(0).field());
        assertTrue(e.fieldErrors().get(0).en().contains("line 2"), e.fieldErrors().get(0).en());
    }

    @Test
    void onlyAdminsImport() {
        assertThrows(AccessDeniedException.class, () -> regions.importRegions(TestDb.AUDITOR, GOOD));
        assertThrows(AccessDeniedException.class, () -> regions.importAgencies(TestDb.HANDLER, AGENCY_HEADER));
        assertTrue(regions.regions().isEmpty());
    }

    // ---- agencies -----------------------------------------------------------------------------------------------

    @Test
    void aGoodAgencyFileImportsWithParentsInAnyOrder() {
        regions.importRegions(TestDb.ADMIN, GOOD);
        ImportResult r = regions.importAgencies(TestDb.ADMIN, AGENCY_HEADER
                + "LC-GKB,灵川县人民政府办公室（政务公开办）,政务公开办,OPENNESS_OFFICE,LC-GOV,450323\n"
                + "LC-GOV,灵川县人民政府,,GOVERNMENT,,450323\n");
        assertTrue(r.ok(), r::toString);
        assertEquals(2, r.created());
        Agency gkb = regions.agency("LC-GKB").orElseThrow();
        assertEquals(new Agency("LC-GKB", "灵川县人民政府办公室（政务公开办）", "政务公开办", AgencyKind.OPENNESS_OFFICE,
                "LC-GOV", "450323", true), gkb);
        assertEquals(null, regions.agency("LC-GOV").orElseThrow().shortName());
        assertEquals(List.of("LC-GKB", "LC-GOV"), regions.agencies().stream().map(Agency::code).toList(),
                "kept in file order");
        assertEquals(AuditActions.AGENCIES_IMPORTED, audited("agency").get(0).action());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "LC-X,某局,,DEPARTMENT,LC-NONE,450323            | line 3: parentcode",
            "LC-X,某局,,DEPARTMENT,LC-GOV,450399             | line 3: regioncode",
            "LC-X,某局,,BUREAU,LC-GOV,450323                 | line 3: kind",
            "LC-X,某局,,department,LC-GOV,450323             | line 3: kind",
            "LC-GOV,又一个政府,,GOVERNMENT,,450323            | line 3: code",
            "L,某局,,DEPARTMENT,LC-GOV,450323                | line 3: code",
            "LC X,某局,,DEPARTMENT,LC-GOV,450323             | line 3: code",
            "LC-X,<b>某局</b>,,DEPARTMENT,LC-GOV,450323      | line 3: name",
            "LC-X,某局,<i>局</i>,DEPARTMENT,LC-GOV,450323    | line 3: shortname",
            "LC-X,某局,,DEPARTMENT,LC-X,450323               | line 3: parentcode",
            "LC-X,某局,DEPARTMENT,LC-GOV,450323              | line 3: columns"})
    void anAgencyFileWithOneBadRowIsRejectedWhole(String badRow, String expectedField) {
        regions.importRegions(TestDb.ADMIN, GOOD);
        String csv = AGENCY_HEADER + "LC-GOV,灵川县人民政府,县政府,GOVERNMENT,,450323\n" + badRow.strip() + "\n"
                + "LC-ZJJ,灵川县住房和城乡建设局,住建局,DEPARTMENT,LC-GOV,450323\n";
        ImportResult r = regions.importAgencies(TestDb.ADMIN, csv);
        assertFalse(r.ok());
        assertEquals(List.of(expectedField), fields(r), r::toString);
        assertTrue(regions.agencies().isEmpty(), "nothing written");
        assertTrue(audited("agency").isEmpty());
    }

    @Test
    void saveAgencyValidatesAndAudits() {
        regions.importRegions(TestDb.ADMIN, GOOD);
        Agency saved = regions.saveAgency(TestDb.ADMIN,
                new Agency("LC-GOV", "灵川县人民政府", null, AgencyKind.GOVERNMENT, null, "450323", true));
        assertEquals("灵川县人民政府", saved.name());
        ValidationException e = assertThrows(ValidationException.class, () -> regions.saveAgency(TestDb.ADMIN,
                new Agency("LC-X", "某局", null, AgencyKind.DEPARTMENT, "LC-NONE", "450399", true)));
        assertEquals(Set.of("parentCode", "regionCode"),
                e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertThrows(AccessDeniedException.class, () -> regions.saveAgency(TestDb.HANDLER, saved));
        assertEquals(AuditActions.AGENCY_SAVED, audited("agency").get(0).action());
    }

    // ---- the demo county ------------------------------------------------------------------------------------------

    @Test
    void theDemoFilesImportCleanly() {
        ImportResult r = regions.importRegions(TestDb.ADMIN, TestDb.resource("demo/regions.csv"));
        assertTrue(r.ok(), r::toString);
        Map<RegionLevel, Long> byLevel = regions.regions().stream()
                .collect(Collectors.groupingBy(Region::level, Collectors.counting()));
        assertEquals(Map.of(RegionLevel.COUNTY, 1L, RegionLevel.TOWNSHIP, 12L, RegionLevel.VILLAGE, 154L,
                RegionLevel.HAMLET, 1236L), byLevel);
        assertEquals(1403, r.created());
        ImportResult a = regions.importAgencies(TestDb.ADMIN, TestDb.resource("demo/agencies.csv"));
        assertTrue(a.ok(), a::toString);
        assertEquals(27, regions.agencies().size());
        assertEquals(12, regions.children("450323").size());
    }

    @Test
    void visibleAgenciesFollowTheScopeRule() {
        regions.importRegions(TestDb.ADMIN, TestDb.resource("demo/regions.csv"));
        regions.importAgencies(TestDb.ADMIN, TestDb.resource("demo/agencies.csv"));
        regions.importAgencies(TestDb.ADMIN, AGENCY_HEADER
                + "LC-ZRZYJ-CH,灵川县自然资源局测绘队,测绘队,PUBLIC_INSTITUTION,LC-ZRZYJ,450323\n"
                + "LC-ZRZYJ-CH-1,测绘一组,,PUBLIC_INSTITUTION,LC-ZRZYJ-CH,450323\n");
        Function<Actor, Optional<Set<String>>> visible = regions::visibleAgencies;

        // administrators and auditors see everything
        assertEquals(Optional.empty(), visible.apply(TestDb.ADMIN));
        assertEquals(Optional.empty(), visible.apply(new Actor("sj", "LC-ZRZYJ", Set.of(Role.AUDITOR.id()))));
        assertEquals(Optional.empty(), visible.apply(Actor.SYSTEM));
        // staff of the county's openness office and of the county government see the whole county
        assertEquals(Optional.empty(), visible.apply(staff("LC-GKB", Role.REGISTRAR)));
        assertEquals(Optional.empty(), visible.apply(staff("LC-GOV", Role.HANDLER)));
        // a development zone sees only itself, not the government above it
        Set<String> zone = visible.apply(staff("LC-DZ-BLJ", Role.ZONE_STAFF)).orElseThrow();
        assertEquals(Set.of("LC-DZ-BLJ"), zone);
        assertFalse(regions.canSee(staff("LC-DZ-BLJ", Role.ZONE_STAFF), "LC-GOV"));
        assertFalse(regions.canSee(staff("LC-DZ-BLJ", Role.ZONE_STAFF), "LC-DZ-GTJ"));
        assertTrue(regions.canSee(staff("LC-DZ-BLJ", Role.ZONE_STAFF), "LC-DZ-BLJ"));
        // a department sees itself and everything below it
        assertEquals(Set.of("LC-ZRZYJ", "LC-ZRZYJ-CH", "LC-ZRZYJ-CH-1"),
                visible.apply(staff("LC-ZRZYJ", Role.HANDLER)).orElseThrow());
        assertEquals(Set.of("LC-ZRZYJ-CH", "LC-ZRZYJ-CH-1"), visible.apply(staff("LC-ZRZYJ-CH", Role.HANDLER)).orElseThrow());
        assertEquals(Set.of("LC-T-100"), visible.apply(staff("LC-T-100", Role.HANDLER)).orElseThrow());
        assertTrue(regions.canSee(TestDb.ADMIN, "LC-DZ-GTJ"));
        // staff of an unknown agency see nothing
        assertEquals(Optional.of(Set.of()), visible.apply(staff("LC-GONE", Role.HANDLER)));
    }

    private static Actor staff(String agency, Role role) {
        return new Actor("staff", agency, Set.of(role.id()));
    }
}
