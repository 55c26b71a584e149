package org.gongkai.platform.internal.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 reader behind the imports. */
class CsvTest {

    private static List<List<String>> rows(String text) {
        return Csv.parse(text).stream().map(Csv.Record::fields).toList();
    }

    private static List<Integer> lines(String text) {
        return Csv.parse(text).stream().map(Csv.Record::line).toList();
    }

    @Test
    void plainFieldsAreSplitOnCommas() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3")), rows("a,b,c\n1,2,3\n"));
        assertEquals(List.of(List.of("a", "b", "c")), rows("a,b,c"), "no final line break");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "x\ny", "")),
                rows("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"\"\n"));
        assertEquals(List.of(List.of("\"")), rows("\"\"\"\""));
        assertEquals(List.of(List.of("灵川县", "桂林市 \"灵川\"")), rows("灵川县,\"桂林市 \"\"灵川\"\"\""));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of(List.of("a", "", "c", "")), rows("a,,c,\n"));
        assertEquals(List.of(List.of("", "")), rows(",\n"));
    }

    @Test
    void crlfAndLfLineEndsBothWork() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), rows("a,b\r\nc,d\r\n"));
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), rows("a,b\nc,d\n"));
        assertEquals(List.of(List.of("x\r\ny")), rows("\"x\r\ny\"\r\n"), "a CRLF inside quotes is kept");
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        assertEquals(List.of(List.of("code", "name")), rows("\uFEFFcode,name\r\n"));
        assertEquals("code", Csv.parse("\uFEFFcode,name").get(0).fields().get(0));
    }

    @Test
    void emptyLinesAreSkippedButCounted() {
        assertEquals(List.of(List.of("a"), List.of("b")), rows("a\n\n\r\nb\n"));
        assertEquals(List.of(1, 4), lines("a\n\n\r\nb\n"));
        assertEquals(List.of(), rows(""));
    }

    @Test
    void eachRecordKnowsTheLineItStartsOn() {
        String text = "h1,h2\n" // 1
                + "a,\"multi\nline\nvalue\"\n" // 2-4
                + "b,c\r\n" // 5
                + "\n" // 6
                + "\"d\r\ne\",f\n"; // 7-8
        assertEquals(List.of(1, 2, 5, 7), lines(text));
        assertEquals(List.of("a", "multi\nline\nvalue"), Csv.parse(text).get(1).fields());
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNamingItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\nc,\"d\ne,f\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("\""));
    }
}
