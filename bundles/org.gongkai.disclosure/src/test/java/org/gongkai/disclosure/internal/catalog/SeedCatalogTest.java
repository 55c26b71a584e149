package org.gongkai.disclosure.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.junit.jupiter.api.Test;

class SeedCatalogTest {
    private static final List<CatalogEntry> SEED = SeedCatalog.landExpropriation();
    private static final Set<String> DEMO_AGENCIES = Set.of("LC-GOV", "LC-ZRZYJ", "LC-ZJJ", "LC-RSJ", "LC-NYNCJ");

    private static CatalogEntry get(String code) {
        return SEED.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theLandCatalogHasEighteenValidActiveEntriesInCodeOrder() {
        assertEquals(18, SEED.size());
        for (int i = 0; i < SEED.size(); i++) {
            CatalogEntry e = SEED.get(i);
            assertEquals(String.format("LAND-%02d", i + 1), e.code());
            assertEquals(List.of(), CatalogEntries.validate(e), e.code());
            assertTrue(e.active(), e.code());
            assertTrue(DEMO_AGENCIES.contains(e.agencyCode()) || e.agencyCode().startsWith("LC-T-"), e.code());
            assertTrue(e.standardText().contains(e.defaultDecision().article()), e.code() + " cites its article");
        }
    }

    @Test
    void mostEntriesAreDisclosedOrAlreadyPublic() {
        Map<Decision, Long> byDecision = SEED.stream().collect(Collectors.groupingBy(CatalogEntry::defaultDecision,
                Collectors.counting()));
        assertEquals(6L, byDecision.get(Decision.ALREADY_PUBLIC));
        assertEquals(7L, byDecision.get(Decision.DISCLOSED));
        assertEquals(2L, byDecision.get(Decision.PARTIALLY_DISCLOSED));
    }

    @Test
    void theKnownSpecialCasesHaveTheirDecisions() {
        assertEquals(Decision.PARTIALLY_DISCLOSED, get("LAND-07").defaultDecision());
        assertEquals(Ground.THIRD_PARTY, get("LAND-07").defaultGround());
        assertEquals(Decision.NOT_RESPONSIBLE, get("LAND-03").defaultDecision());
        assertEquals(Decision.SPECIAL_PROCEDURE, get("LAND-06").defaultDecision());
        assertEquals(Ground.PROCESS_INFORMATION, get("LAND-18").defaultGround());
        assertEquals("LC-RSJ", get("LAND-08").agencyCode());
        assertEquals("征收土地公告", get("LAND-01").title());
        assertTrue(get("LAND-01").replyText("2021", "大圩镇毛村").startsWith("您申请获取的大圩镇毛村征收土地公告"));
    }
}
