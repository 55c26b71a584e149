package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportMappingTest {
    private final ReportMapping mapping = new ReportMapping();

    /** The default row of every decision except WITHHELD, written out from disclosure-law.md §2.2. */
    private static final Map<Decision, ReportRow> DEFAULTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Decision.ALREADY_PUBLIC, ReportRow.GRANTED),
            Map.entry(Decision.DISCLOSED, ReportRow.GRANTED),
            Map.entry(Decision.PARTIALLY_DISCLOSED, ReportRow.PARTIALLY_GRANTED),
            Map.entry(Decision.NOT_HELD, ReportRow.UNAVAILABLE_NOT_HELD),
            Map.entry(Decision.NOT_RESPONSIBLE, ReportRow.UNAVAILABLE_NOT_HELD),
            Map.entry(Decision.REPEATED, ReportRow.NOT_PROCESSED_REPEATED),
            Map.entry(Decision.SPECIAL_PROCEDURE, ReportRow.OTHER),
            Map.entry(Decision.NEEDS_CREATION, ReportRow.UNAVAILABLE_NEEDS_CREATION),
            Map.entry(Decision.UNCLEAR_AFTER_CORRECTION, ReportRow.UNAVAILABLE_UNCLEAR),
            Map.entry(Decision.PETITION, ReportRow.NOT_PROCESSED_PETITION),
            Map.entry(Decision.PUBLICATION, ReportRow.NOT_PROCESSED_PUBLICATION),
            Map.entry(Decision.EXCESSIVE, ReportRow.NOT_PROCESSED_EXCESSIVE),
            Map.entry(Decision.CONFIRMATION_REQUEST, ReportRow.NOT_PROCESSED_CONFIRMATION)));

    @Test
    void theExpectationsCoverEveryDecision() {
        EnumSet<Decision> covered = EnumSet.copyOf(DEFAULTS.keySet());
        covered.add(Decision.WITHHELD);
        assertEquals(EnumSet.allOf(Decision.class), covered, "a new Decision needs a report row");
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = "WITHHELD", mode = EnumSource.Mode.EXCLUDE)
    void eachDecisionHasItsDefaultRow(Decision d) {
        assertEquals(DEFAULTS.get(d), mapping.rowOf(d, null));
        assertEquals(DEFAULTS.get(d), mapping.rowOf(d, Ground.THIRD_PARTY), "the ground matters only when withheld");
    }

    @ParameterizedTest
    @EnumSource(Ground.class)
    void eachGroundHasItsWithheldSubRow(Ground g) {
        ReportRow row = mapping.rowOf(Decision.WITHHELD, g);
        assertEquals(ReportGroup.WITHHELD, row.group());
        assertEquals(g.ordinal() + 1, row.subNumber());
        assertEquals(row.subNumber() + "." + g.nameZh(), row.labelZh(), "the Ground label is the table's label");
    }

    @Test
    void withheldNeedsAGroundAndEveryItemADecision() {
        ValidationException e = assertThrows(ValidationException.class, () -> mapping.rowOf(Decision.WITHHELD, null));
        assertEquals("ground", e.fieldErrors().get(0).field());
        e = assertThrows(ValidationException.class, () -> mapping.rowOf(null, null));
        assertEquals("decision", e.fieldErrors().get(0).field());
    }

    @Test
    void unconfirmedRowsCanBeOverridden() {
        ReportMapping county = new ReportMapping(Map.of(
                Decision.NOT_RESPONSIBLE, ReportRow.OTHER,
                Decision.SPECIAL_PROCEDURE, ReportRow.NOT_PROCESSED_PUBLICATION,
                Decision.CONFIRMATION_REQUEST, ReportRow.OTHER));
        assertEquals(ReportRow.OTHER, county.rowOf(Decision.NOT_RESPONSIBLE, null));
        assertEquals(ReportRow.NOT_PROCESSED_PUBLICATION, county.rowOf(Decision.SPECIAL_PROCEDURE, null));
        assertEquals(ReportRow.OTHER, county.rowOf(Decision.CONFIRMATION_REQUEST, null));
        assertEquals(ReportRow.UNAVAILABLE_NOT_HELD, county.rowOf(Decision.NOT_HELD, null), "others unchanged");
        assertEquals(ReportRow.UNAVAILABLE_NOT_HELD, mapping.rowOf(Decision.NOT_RESPONSIBLE, null),
                "the default mapping is not affected");
        assertEquals(EnumSet.of(Decision.NOT_RESPONSIBLE, Decision.SPECIAL_PROCEDURE, Decision.CONFIRMATION_REQUEST),
                ReportMapping.unconfirmedDecisions());
    }

    @Test
    void badOverridesAreRejectedTogether() {
        Map<Decision, ReportRow> bad = new HashMap<>();
        bad.put(Decision.WITHHELD, ReportRow.OTHER);
        bad.put(Decision.SPECIAL_PROCEDURE, null);
        ValidationException e = assertThrows(ValidationException.class, () -> new ReportMapping(bad));
        assertEquals(2, e.fieldErrors().size());
        assertEquals(EnumSet.of(Decision.WITHHELD, Decision.SPECIAL_PROCEDURE), EnumSet.copyOf(e.fieldErrors().stream()
                .map(f -> Decision.valueOf(f.field().replaceAll("overrides\\[(.*)]", "$1"))).toList()));
    }

    @Test
    void endsWithoutDecision() {
        assertEquals(Optional.of(ReportRow.OTHER_NOT_CORRECTED), ReportMapping.rowOfEnd(Stage.ABANDONED));
        assertEquals(Optional.of(ReportRow.OTHER_FEE_UNPAID), ReportMapping.rowOfEnd(Stage.LAPSED));
        assertEquals(Optional.of(ReportRow.OTHER), ReportMapping.rowOfEnd(Stage.WITHDRAWN));
        for (Stage s : EnumSet.complementOf(EnumSet.of(Stage.ABANDONED, Stage.LAPSED, Stage.WITHDRAWN))) {
            assertEquals(Optional.empty(), ReportMapping.rowOfEnd(s), s.name());
        }
    }

    @Test
    void precedence() {
        assertEquals(ReportRow.WITHHELD_THIRD_PARTY, combine(ReportRow.WITHHELD_THIRD_PARTY,
                ReportRow.WITHHELD_THIRD_PARTY), "all items in one row");
        assertEquals(ReportRow.GRANTED, combine(ReportRow.GRANTED, ReportRow.GRANTED));
        assertEquals(ReportRow.PARTIALLY_GRANTED, combine(ReportRow.GRANTED, ReportRow.WITHHELD_STATE_SECRET));
        assertEquals(ReportRow.PARTIALLY_GRANTED, combine(ReportRow.OTHER, ReportRow.GRANTED));
        assertEquals(ReportRow.PARTIALLY_GRANTED, combine(ReportRow.GRANTED, ReportRow.PARTIALLY_GRANTED),
                "one item only partly disclosed: the application was partly disclosed");
        assertEquals(ReportRow.PARTIALLY_GRANTED, combine(ReportRow.NOT_PROCESSED_PETITION,
                ReportRow.PARTIALLY_GRANTED));
        assertEquals(ReportRow.WITHHELD_THIRD_PARTY, combine(ReportRow.UNAVAILABLE_NOT_HELD,
                ReportRow.WITHHELD_THIRD_PARTY, ReportRow.OTHER), "不予公开 before 无法提供 before 其他处理");
        assertEquals(ReportRow.WITHHELD_STATE_SECRET, combine(ReportRow.WITHHELD_ENFORCEMENT_FILE,
                ReportRow.WITHHELD_STATE_SECRET), "lowest sub-row within a group");
        assertEquals(ReportRow.UNAVAILABLE_NOT_HELD, combine(ReportRow.UNAVAILABLE_UNCLEAR,
                ReportRow.UNAVAILABLE_NOT_HELD));
        assertEquals(ReportRow.UNAVAILABLE_NEEDS_CREATION, combine(ReportRow.NOT_PROCESSED_REPEATED,
                ReportRow.UNAVAILABLE_NEEDS_CREATION));
        assertEquals(ReportRow.NOT_PROCESSED_EXCESSIVE, combine(ReportRow.OTHER, ReportRow.NOT_PROCESSED_EXCESSIVE));
        assertThrows(IllegalArgumentException.class, () -> ReportMapping.combine(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ReportMapping.combine(Arrays.asList(ReportRow.OTHER, null)));
    }

    private static ReportRow combine(ReportRow... rows) {
        return ReportMapping.combine(List.of(rows));
    }

    private static ApplicationDetail detail(Stage stage, ApplicationDetail.Item... items) {
        return new ApplicationDetail("2025-001", "t", null, null, null, null, LocalDate.of(2025, 3, 1),
                new ApplicationDetail.Applicant(ApplicantType.NATURAL_PERSON, "张三", null, null, null, null, null),
                "LC-GKB", "政府办", stage, null, null, List.of(items), null, List.of(), 0, null, List.of(), List.of());
    }

    private static ApplicationDetail.Item item(int seq, Decision d, Ground g) {
        return new ApplicationDetail.Item(seq, "item " + seq, d, g, "");
    }

    @Test
    void proposalForAWholeCase() {
        assertEquals(Optional.empty(), mapping.propose(detail(Stage.REVIEW, item(1, Decision.DISCLOSED, null))));
        assertEquals(Optional.empty(), mapping.propose(detail(Stage.CORRECTION)));
        assertEquals(Optional.of(ReportRow.OTHER_NOT_CORRECTED), mapping.propose(detail(Stage.ABANDONED,
                item(1, null, null))));
        assertEquals(Optional.of(ReportRow.PARTIALLY_GRANTED), mapping.propose(detail(Stage.DELIVERED,
                item(1, Decision.DISCLOSED, null), item(2, Decision.WITHHELD, Ground.INTERNAL_AFFAIRS))));
        assertEquals(Optional.of(ReportRow.WITHHELD_INTERNAL_AFFAIRS), mapping.propose(detail(Stage.REPLIED,
                item(1, Decision.NOT_HELD, null), item(2, Decision.WITHHELD, Ground.INTERNAL_AFFAIRS))));
        assertEquals(Optional.of(ReportRow.GRANTED), mapping.propose(detail(Stage.ARCHIVED,
                item(1, Decision.ALREADY_PUBLIC, null), item(2, Decision.DISCLOSED, null))));
    }

    @Test
    void proposalNamesTheItemsThatAreIncomplete() {
        ValidationException e = assertThrows(ValidationException.class, () -> mapping.propose(detail(
                Stage.DELIVERED, item(1, Decision.DISCLOSED, null), item(2, null, null),
                item(3, Decision.WITHHELD, null))));
        assertEquals(List.of("items[1].decision", "items[2].ground"),
                e.fieldErrors().stream().map(f -> f.field()).toList());
        e = assertThrows(ValidationException.class, () -> mapping.propose(detail(Stage.DELIVERED)));
        assertEquals("items", e.fieldErrors().get(0).field());
    }

    @Test
    void rowsAndColumnsOfTheNationalTable() {
        assertEquals(List.of(1, 1, 8, 3, 5, 3),
                Arrays.stream(ReportGroup.values()).map(g -> g.rows().size()).toList());
        assertEquals(21, ReportRow.values().length);
        assertEquals("（五）不予处理", ReportRow.NOT_PROCESSED_CONFIRMATION.groupZh());
        assertEquals("5.要求行政机关确认或重新出具已获取信息", ReportRow.NOT_PROCESSED_CONFIRMATION.labelZh());
        assertEquals("（四）无法提供 3.补正后申请内容仍不明确", ReportRow.UNAVAILABLE_UNCLEAR.fullLabelZh());
        for (ApplicantType t : ApplicantType.values()) {
            assertEquals(t.name(), ReportColumn.of(t).name());
        }
        assertEquals(6, ReportColumn.applicantColumns().size());
        assertEquals("其他", ReportColumn.OTHER_ORG.labelZh(), "the table says 其他, not 其他组织");
    }
}
