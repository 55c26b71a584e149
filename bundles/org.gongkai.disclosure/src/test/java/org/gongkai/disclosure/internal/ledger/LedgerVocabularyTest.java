package org.gongkai.disclosure.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.junit.jupiter.api.Test;

class LedgerVocabularyTest {

    @Test
    void everyStandardAndEnumNameIsUnderstood() {
        for (Decision d : Decision.values()) {
            assertEquals(Optional.of(d), LedgerVocabulary.DECISIONS.find(d.nameZh()), d.nameZh());
            assertEquals(Optional.of(d), LedgerVocabulary.DECISIONS.find(d.name().toLowerCase()), d.name());
        }
        for (Ground g : Ground.values()) {
            assertEquals(Optional.of(g), LedgerVocabulary.GROUNDS.find(g.nameZh()), g.nameZh());
        }
        for (Channel c : Channel.values()) {
            assertEquals(Optional.of(c), LedgerVocabulary.CHANNELS.find(c.nameZh()), c.nameZh());
        }
        for (ApplicantType t : ApplicantType.values()) {
            assertEquals(Optional.of(t), LedgerVocabulary.APPLICANT_TYPES.find(" " + t.nameZh() + " "), t.nameZh());
        }
        for (LedgerOutcome o : LedgerOutcome.values()) {
            assertEquals(Optional.of(o), LedgerVocabulary.OUTCOMES.find(o.nameZh()), o.nameZh());
        }
    }

    @Test
    void countyShortFormsMapToTheRightDecision() {
        assertEquals(Optional.of(Decision.DISCLOSED), LedgerVocabulary.DECISIONS.find("予以公开"));
        assertEquals(Optional.of(Decision.PARTIALLY_DISCLOSED), LedgerVocabulary.DECISIONS.find("部分公开"));
        assertEquals(Optional.of(Decision.WITHHELD), LedgerVocabulary.DECISIONS.find("不予公开"));
        assertEquals(Optional.of(Decision.NOT_HELD), LedgerVocabulary.DECISIONS.find("信息不存在"));
        assertEquals(Optional.of(Decision.NOT_RESPONSIBLE), LedgerVocabulary.DECISIONS.find("非本机关"));
        assertEquals(Optional.of(Decision.REPEATED), LedgerVocabulary.DECISIONS.find("重复申请"));
        assertEquals(Optional.of(Decision.ALREADY_PUBLIC), LedgerVocabulary.DECISIONS.find("已主动公开，告知获取方式"));
        assertEquals(Optional.empty(), LedgerVocabulary.DECISIONS.find("同意"));
    }

    @Test
    void annualReportSpellingsOfGroundsAreUnderstood() {
        assertEquals(Optional.of(Ground.STATE_SECRET), LedgerVocabulary.GROUNDS.find("1.属于国家秘密"));
        assertEquals(Optional.of(Ground.SECURITY_STABILITY), LedgerVocabulary.GROUNDS.find("3．危及\"三安全一稳定\""));
        assertEquals(Optional.of(Ground.SECURITY_STABILITY), LedgerVocabulary.GROUNDS.find("危及三安全一稳定"));
        assertEquals(Optional.of(Ground.ADMINISTRATIVE_QUERY), LedgerVocabulary.GROUNDS.find("（八）属于行政查询事项"));
    }

    @Test
    void datesAreReadInTheUsualSpellings() {
        LocalDate march4 = LocalDate.of(2025, 3, 4);
        for (String s : new String[] {"2025-03-04", "2025/3/4", "2025.3.4", "2025年3月4日", "2025 年 3 月 4 日",
            "２０２５－０３－０４", "20250304", "2025/3/4 0:00", "2025-03-04 00:00:00"}) {
            assertEquals(Optional.of(march4), LedgerDates.parse(LedgerCell.text(s)), s);
        }
        for (String s : new String[] {"2025-02-29", "2025-13-01", "25-3-4", "2025-3", "3/4/2025", "二〇二五年三月四日",
            "20251301"}) {
            assertEquals(Optional.empty(), LedgerDates.parse(LedgerCell.text(s)), s);
        }
    }

    @Test
    void numbersInDateCellsAreSerialsUnlessTheyLookLikeYyyymmdd() {
        LedgerCell serial = new LedgerCell("45720", new BigDecimal("45720"), LocalDate.of(2025, 3, 4));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), LedgerDates.parse(serial));
        LedgerCell compact = new LedgerCell("20250304", new BigDecimal("20250304"), null);
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), LedgerDates.parse(compact));
        LedgerCell tooBig = new LedgerCell("99999999", new BigDecimal("99999999"), null);
        assertEquals(Optional.empty(), LedgerDates.parse(tooBig));
    }

    @Test
    void headerKeysIgnoreWidthNotesAndSpacing() {
        assertEquals(Optional.of(LedgerColumn.RECEIPT_DATE), LedgerColumn.forHeader("收到日期（必填）"));
        assertEquals(Optional.of(LedgerColumn.RECEIPT_DATE), LedgerColumn.forHeader("\uFEFF收到日期"));
        assertEquals(Optional.of(LedgerColumn.AGENCY_CODE), LedgerColumn.forHeader("Agency-Code"));
        assertEquals(Optional.of(LedgerColumn.APPLICANT_NAME), LedgerColumn.forHeader("申请人姓名/名称"));
        assertEquals(Optional.empty(), LedgerColumn.forHeader("序号"));
        assertEquals(Optional.empty(), LedgerColumn.forHeader(""));
    }
}
