package org.gongkai.disclosure.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class CatalogEntriesTest {
    private static final CatalogEntry VALID = new CatalogEntry("LAND-01", "征收土地公告", List.of("征地公告"), "土地征收",
            "LC-GOV", Decision.ALREADY_PUBLIC, null, "已于{year}年在{place}公开。", true);

    private static CatalogEntry with(String code, String title, List<String> aliases, Decision d, Ground g, String text) {
        return new CatalogEntry(code, title, aliases, "土地征收", "LC-GOV", d, g, text, true);
    }

    private static List<String> fields(CatalogEntry e) {
        return CatalogEntries.validate(e).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteEntryIsValid() {
        assertEquals(List.of(), CatalogEntries.validate(VALID));
        assertEquals(List.of(), fields(with("LAND-07", "征地补偿款发放明细", List.of(), Decision.PARTIALLY_DISCLOSED,
                Ground.THIRD_PARTY, "区分处理。")));
    }

    @Test
    void blankCodeTitleAndTextAreReportedTogetherInBothLanguages() {
        List<FieldError> errors = CatalogEntries.validate(with(" ", "", List.of(), Decision.DISCLOSED, null, null));
        assertEquals(List.of("code", "title", "standardText"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(e -> !e.zh().isBlank() && !e.en().isBlank()));
    }

    @Test
    void codesMustBeCapitalsHyphenDigits() {
        for (String bad : new String[] {"land-01", "LAND01", "LAND-1", "L-01", "LAND-01 ", "土地-01"}) {
            assertEquals(List.of("code"), fields(with(bad, "征收土地公告", List.of(), Decision.DISCLOSED, null, "x")), bad);
        }
        assertEquals(List.of(), fields(with("HOUSE-102", "征收土地公告", List.of(), Decision.DISCLOSED, null, "x")));
    }

    @Test
    void withholdingNeedsAGroundAndOtherDecisionsTakeNone() {
        assertEquals(List.of("defaultGround"),
                fields(with("LAND-07", "明细", List.of(), Decision.PARTIALLY_DISCLOSED, null, "x")));
        assertEquals(List.of("defaultGround"), fields(with("LAND-07", "明细", List.of(), Decision.WITHHELD, null, "x")));
        assertEquals(List.of("defaultGround"),
                fields(with("LAND-07", "明细", List.of(), Decision.DISCLOSED, Ground.THIRD_PARTY, "x")));
        assertEquals(List.of("defaultDecision"), fields(with("LAND-07", "明细", List.of(), null, null, "x")));
    }

    @Test
    void overLongTextsAreRejected() {
        String title = "征".repeat(CatalogEntries.MAX_TITLE + 1);
        String text = "答".repeat(CatalogEntries.MAX_TEXT + 1);
        assertEquals(List.of("title", "standardText"), fields(with("LAND-01", title, List.of(), Decision.DISCLOSED, null, text)));
        assertEquals(List.of(), fields(with("LAND-01", "征".repeat(CatalogEntries.MAX_TITLE), List.of(),
                Decision.DISCLOSED, null, "答".repeat(CatalogEntries.MAX_TEXT))));
    }

    @Test
    void aliasesMustBeFilledDistinctAndFew() {
        assertEquals(List.of("aliases[1]", "aliases[2]"), fields(with("LAND-01", "公告", Arrays.asList("征地公告", null, "征地公告"),
                Decision.DISCLOSED, null, "x")));
        List<String> many = java.util.stream.IntStream.rangeClosed(0, CatalogEntries.MAX_ALIASES).mapToObj(i -> "别名" + i).toList();
        assertEquals(List.of("aliases"), fields(with("LAND-01", "公告", many, Decision.DISCLOSED, null, "x")));
    }

    @Test
    void onlyYearAndPlacePlaceholdersAreKnown() {
        assertEquals(List.of("standardText"),
                fields(with("LAND-01", "公告", List.of(), Decision.DISCLOSED, null, "已于{year}年由{agency}公开。")));
    }

    @Test
    void requireValidThrowsWithEveryFieldError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CatalogEntries.requireValid(with("bad", " ", List.of(), Decision.WITHHELD, null, "x")));
        assertEquals(List.of("code", "title", "defaultGround"), e.fieldErrors().stream().map(FieldError::field).toList());
        CatalogEntries.requireValid(VALID);
        assertEquals(List.of("entry"), CatalogEntries.validate(null).stream().map(FieldError::field).toList());
    }

    @Test
    void replyTextFillsThePlaceholdersOrLeavesABlank() {
        assertEquals("已于2019年在大圩镇毛村公开。", VALID.replyText("2019", " 大圩镇毛村 "));
        assertEquals("已于____年在____公开。", VALID.replyText(null, ""));
    }

    @Test
    void aliasesAreCopiedAndUnmodifiable() {
        List<String> source = new java.util.ArrayList<>(List.of("征地公告"));
        CatalogEntry e = with("LAND-01", "公告", source, Decision.DISCLOSED, null, "x");
        source.add("改动");
        assertEquals(List.of("征地公告"), e.aliases());
        assertThrows(UnsupportedOperationException.class, () -> e.aliases().add("x"));
        assertEquals(List.of(), with("LAND-01", "公告", null, Decision.DISCLOSED, null, "x").aliases());
    }
}
