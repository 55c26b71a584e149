package org.gongkai.disclosure.internal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gongkai.disclosure.internal.report.RemedyCase.Kind;
import org.gongkai.disclosure.internal.report.RemedyCase.Result;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class RemedyTableTest {

    @Test
    void year2025CountedByHand() {
        RemedyTable t = RemedyTable.compute(2025, ReportFixture.remedies());
        // 复议: 维持 (filed 2024, decided 2025), 纠正, 尚未审结 ×2 (one decided only in 2026); 2024's own case ignored.
        // 直接起诉: 维持, 尚未审结. 复议后起诉: 纠正 on 31 Dec. The one decided before it was filed is a problem.
        assertArrayEquals(new int[] {1, 1, 0, 2, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1}, t.numbers());
        assertEquals(2, t.count(Kind.RECONSIDERATION, Result.PENDING));
        assertEquals(4, t.total(Kind.RECONSIDERATION));
        assertEquals(1, t.count(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.CORRECTED));
        assertEquals(1, t.problems().size());
        assertEquals("remedy[9]", t.problems().get(0).caseNumber());
    }

    @Test
    void pendingAtYearEndCountsAgainUnderItsResultNextYear() {
        assertArrayEquals(new int[] {1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                RemedyTable.compute(2024, ReportFixture.remedies()).numbers());
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1},
                RemedyTable.compute(2026, ReportFixture.remedies()).numbers());
    }

    @Test
    void fromNumbersKeepsTheNationalOrder() {
        int[] n = {1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 0, 0, 0, 2, 2};
        RemedyTable t = RemedyTable.fromNumbers(2025, n);
        assertEquals(3, t.count(Kind.RECONSIDERATION, Result.OTHER));
        assertEquals(1, t.count(Kind.LITIGATION_DIRECT, Result.CORRECTED));
        assertEquals(2, t.count(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.PENDING));
        assertArrayEquals(n, t.numbers());
        assertThrows(ValidationException.class, () -> RemedyTable.fromNumbers(2025, new int[14]));
    }
}
