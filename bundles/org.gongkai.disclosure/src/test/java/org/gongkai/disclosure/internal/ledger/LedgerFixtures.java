package org.gongkai.disclosure.internal.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Shared test data: a ledger's header, a parse helper and the rows a good sample ledger must give. */
final class LedgerFixtures {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    static final String HEADER = "申请编号,收到日期（必填）,申请方式（必填）,申请人类型（必填）,申请人（必填）,受理机关（必填）,"
            + "申请内容（必填）,处理结果,不予公开理由,答复日期,送达日期,办结情况";

    private LedgerFixtures() {
    }

    static LedgerResult parse(byte[] bytes, String fileName) {
        return new LedgerParser().parse(new ByteArrayInputStream(bytes), fileName, TODAY);
    }

    /** A CSV file of the lines, CRLF-separated, in the given charset. */
    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    static LedgerResult parseCsv(String... lines) {
        return parse(csv(StandardCharsets.UTF_8, lines), "ledger.csv");
    }

    /** One data row under the standard header. */
    static LedgerResult parseRow(String row) {
        return parseCsv(HEADER, row);
    }

    /** The (line, column) of each error, as "3:收到日期", for compact assertions. */
    static List<String> where(LedgerResult r) {
        return r.errors().stream().map(e -> e.line() + ":" + e.column()).toList();
    }
}
