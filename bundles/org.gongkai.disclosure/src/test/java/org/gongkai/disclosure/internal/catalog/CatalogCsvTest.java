package org.gongkai.disclosure.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {
    private static final String HEADER = String.join(",", CatalogCsv.COLUMNS) + "\r\n";

    private static List<String> errorFields(String csv) {
        ValidationException e = assertThrows(ValidationException.class, () -> CatalogCsv.parse(csv));
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "\uFEFF" + HEADER
                + "LAND-07,补偿款明细,\"花名册 | 发放明细表\",土地征收,LC-ZRZYJ,PARTIALLY_DISCLOSED,THIRD_PARTY,true,"
                + "\"第一句, 含逗号；\"\"引号\"\"\n第二行\"\r\n"
                + "\r\n"
                + "LAND-01,征收土地公告,,土地征收,LC-GOV,ALREADY_PUBLIC,,FALSE,已公开。";
        List<CatalogEntry> entries = CatalogCsv.parse(csv);
        assertEquals(2, entries.size());
        CatalogEntry a = entries.get(0);
        assertEquals(new CatalogEntry("LAND-07", "补偿款明细", List.of("花名册", "发放明细表"), "土地征收", "LC-ZRZYJ",
                Decision.PARTIALLY_DISCLOSED, Ground.THIRD_PARTY, "第一句, 含逗号；\"引号\"\n第二行", true), a);
        assertEquals(List.of(), entries.get(1).aliases());
        assertFalse(entries.get(1).active());
    }

    @Test
    void columnsMayComeInAnyOrder() {
        String csv = "standard_text,active,default_ground,default_decision,agency_code,topic,aliases,title,code\n"
                + "予以公开。,true,,DISCLOSED,LC-ZJJ,房屋征收,拆迁协议,房屋征收补偿协议,LAND-16\n";
        assertEquals("LC-ZJJ", CatalogCsv.parse(csv).get(0).agencyCode());
    }

    @Test
    void errorsNameTheLineAndTheField() {
        String csv = HEADER
                + "LAND-01,征收土地公告,,土地征收,LC-GOV,ALREADY_PUBLIC,,true,已公开。\n"
                + "LAND-02,,,土地征收,LC-GOV,PARTIALLY_DISCLOSED,,true,x\n"
                + "LAND-03,批复,,土地征收,LC-GOV,MAYBE,NOPE,yes,x\n"
                + "LAND-01,征收土地公告,,土地征收,LC-GOV,ALREADY_PUBLIC,,true,已公开。\n";
        assertEquals(List.of("line[3].title", "line[3].defaultGround", "line[4].defaultDecision",
                "line[4].defaultGround", "line[4].active", "line[5].code"), errorFields(csv));
    }

    @Test
    void missingColumnsEmptyFilesAndOpenQuotesAreRejected() {
        assertEquals(List.of("csv"), errorFields("code,title\nLAND-01,公告\n"));
        assertEquals(List.of("csv"), errorFields(""));
        assertEquals(List.of("csv"), errorFields(null));
        assertEquals(List.of("csv"), errorFields(HEADER + "LAND-01,\"未闭合,,,,,,,\n"));
    }

    @Test
    void csvReaderKeepsTheLineEachRowStartsOn() {
        List<CsvReader.Row> rows = CsvReader.read("a,b\n\"x\ny\",z\n\nlast,\"\"");
        assertEquals(List.of(1, 2, 5), rows.stream().map(CsvReader.Row::line).toList());
        assertEquals(List.of("x\ny", "z"), rows.get(1).fields());
        assertEquals(List.of("last", ""), rows.get(2).fields());
    }
}
