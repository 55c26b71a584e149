package org.gongkai.disclosure.internal.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * The ledger templates a county downloads: the header row in the column order of {@link LedgerColumn} (required
 * columns marked “（必填）”) and two example rows, as CSV (UTF-8 with BOM, so Excel opens it correctly) and as XLSX
 * (bold header, column widths, real date cells, and a 填写说明 sheet listing the accepted values).
 */
public final class LedgerTemplate {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final double[] WIDTHS = {18, 14, 12, 14, 20, 14, 44, 24, 24, 14, 14, 12};
    /** Two example rows, one value per column: a delivered two-item case and an open one. */
    private static final List<List<Object>> EXAMPLES = List.of(
            Arrays.asList("YS20250304001", LocalDate.of(2025, 3, 4), "网上", "自然人", "张某某", "LC-ZRZYJ",
                    "某某村2024年土地征收补偿安置方案\n某某地块建设用地规划许可证及附图", "予以公开\n部分公开", "保护第三方合法权益",
                    LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27), "已送达"),
            Arrays.asList("", LocalDate.of(2025, 6, 10), "挂号信/EMS", "商业企业", "某某建设有限公司", "LC-ZJJ",
                    "本县2024年度建筑工程施工许可证发放情况", "", "", null, null, "办理中"));

    /** The CSV template, UTF-8 with BOM. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            printer.printRecord(headers());
            for (List<Object> row : EXAMPLES) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The XLSX template. */
    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Gongkai", "1.0");
            Worksheet ws = wb.newWorksheet("台账");
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.width(c, WIDTHS[c]);
            }
            ws.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
            ws.freezePane(0, 1);
            for (int r = 0; r < EXAMPLES.size(); r++) {
                writeRow(ws, r + 1, EXAMPLES.get(r));
            }
            writeHelp(wb.newWorksheet("填写说明"));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (LedgerColumn c : LedgerColumn.values()) {
            headers.add(c.required() ? c.header() + "（必填）" : c.header());
        }
        return headers;
    }

    private static void writeRow(Worksheet ws, int r, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format("yyyy-mm-dd").verticalAlignment("top").set();
            } else if (v instanceof String s && !s.isEmpty()) {
                ws.value(r, c, s);
                ws.style(r, c).wrapText(true).verticalAlignment("top").set();
            }
        }
    }

    private static void writeHelp(Worksheet ws) {
        ws.width(0, 16);
        ws.width(1, 10);
        ws.width(2, 100);
        List<List<String>> lines = List.of(
                List.of("列", "是否必填", "填写说明"),
                List.of(LedgerColumn.NUMBER.header(), "否", "YS + 8 位日期 + 至少 3 位序号，如 YS20250304001；文件内不得重复"),
                List.of(LedgerColumn.RECEIPT_DATE.header(), "是", "按条例第三十一条确定的收到申请之日；可写 2025-03-04、2025/3/4、2025.3.4、"
                        + "2025年3月4日 或设置为日期格式的单元格"),
                List.of(LedgerColumn.CHANNEL.header(), "是", names(Channel.values(), Channel::nameZh)),
                List.of(LedgerColumn.APPLICANT_TYPE.header(), "是", names(ApplicantType.values(), ApplicantType::nameZh)),
                List.of(LedgerColumn.APPLICANT_NAME.header(), "是", "姓名或名称，最多 100 字"),
                List.of(LedgerColumn.AGENCY_CODE.header(), "是", "受理机关编码（如 LC-ZRZYJ），不是名称"),
                List.of(LedgerColumn.ITEMS.header(), "是", "申请公开的信息，多项用换行（Alt+Enter）或分号分隔"),
                List.of(LedgerColumn.DECISIONS.header(), "答复后必填", "逐项填写（与申请内容一一对应），或只填一项适用于全部："
                        + names(Decision.values(), Decision::nameZh) + "；也可简写为予以公开、部分公开、不予公开、信息不存在、"
                        + "非本机关、重复申请等"),
                List.of(LedgerColumn.GROUNDS.header(), "部分公开、不予公开时必填", names(Ground.values(), Ground::nameZh)
                        + "；逐项填写，或只填一项适用于所有需要理由的项"),
                List.of(LedgerColumn.REPLY_DATE.header(), "办结时必填", "答复日期；已撤回、视为放弃、逾期未缴费的申请在此填写办结日期"),
                List.of(LedgerColumn.DELIVERED_ON.header(), "已送达时必填", "不早于答复日期"),
                List.of(LedgerColumn.OUTCOME.header(), "否", names(LedgerOutcome.values(), LedgerOutcome::nameZh)
                        + "；留空时按送达日期（已送达）、答复日期（已答复）推定，否则为办理中"));
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < 3; c++) {
                ws.value(r, c, lines.get(r).get(c));
            }
        }
        ws.range(0, 0, 0, 2).style().bold().fillColor("DDEBF7").set();
        ws.range(1, 2, lines.size() - 1, 2).style().wrapText(true).set();
    }

    private static <E> String names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.joining("、"));
    }
}
