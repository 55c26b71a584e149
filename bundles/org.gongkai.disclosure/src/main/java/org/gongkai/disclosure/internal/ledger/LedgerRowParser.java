package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerColumn.AGENCY_CODE;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.APPLICANT_NAME;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.APPLICANT_TYPE;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.CHANNEL;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.DECISIONS;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.DELIVERED_ON;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.GROUNDS;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.ITEMS;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.NUMBER;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.OUTCOME;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.RECEIPT_DATE;
import static org.gongkai.disclosure.internal.ledger.LedgerColumn.REPLY_DATE;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;

/**
 * Reads the cells of one data row into typed values, one error per bad cell; {@link LedgerCaseRules} then checks
 * the values against each other and builds the row.
 */
final class LedgerRowParser {
    /** The first Regulation on government information disclosure took effect on this day; no ledger date is older. */
    static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);
    /** As for an application entered in the platform (ApplicationValidator). */
    static final int MAX_ITEMS = 50;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_NAME = 100;
    private static final Pattern NUMBER_FORMAT = Pattern.compile("YS(\\d{8})\\d{3,10}");
    private static final Pattern AGENCY_FORMAT = Pattern.compile("[A-Za-z0-9_-]{2,40}");
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final SheetRow row;
    private final LedgerHeader header;
    private final LocalDate today;
    private final RowErrors errors;

    private LedgerRowParser(SheetRow row, LedgerHeader header, LocalDate today, RowErrors errors) {
        this.row = row;
        this.header = header;
        this.today = today;
        this.errors = errors;
    }

    /** The row when every cell is valid and consistent; otherwise empty, with its errors added to {@code sink}. */
    static Optional<LedgerRow> parse(SheetRow row, LedgerHeader header, LocalDate today,
            Predicate<String> agencyExists, List<LedgerError> sink) {
        RowErrors errors = new RowErrors(row.line(), sink);
        LedgerRowParser p = new LedgerRowParser(row, header, today, errors);
        LedgerCaseRules.Cells cells = new LedgerCaseRules.Cells(p.number(), p.date(RECEIPT_DATE, true),
                p.choice(CHANNEL, LedgerVocabulary.CHANNELS, "申请方式", "channel"),
                p.choice(APPLICANT_TYPE, LedgerVocabulary.APPLICANT_TYPES, "申请人类型", "applicant type"),
                p.applicantName(), p.agency(agencyExists), p.items(), p.decisions(), p.grounds(),
                p.date(REPLY_DATE, false), p.date(DELIVERED_ON, false), p.text(OUTCOME));
        return LedgerCaseRules.build(row.line(), cells, errors);
    }

    private String text(LedgerColumn column) {
        return header.cell(row, column).text();
    }

    private String number() {
        String v = Normalizer.normalize(text(NUMBER), Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER_FORMAT.matcher(v);
        if (m.matches()) {
            try {
                LocalDate.parse(m.group(1), YYYYMMDD);
                return v;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(NUMBER, "申请编号“" + v + "”格式不对，应为 YS + 8 位日期 + 至少 3 位序号，如 YS20250304001",
                "Application number " + v + " should be YS, an 8-digit date and at least 3 digits, e.g. YS20250304001");
        return null;
    }

    private LocalDate date(LedgerColumn column, boolean required) {
        LedgerCell cell = header.cell(row, column);
        if (cell.isBlank()) {
            if (required) {
                errors.add(column, "必填", "Required");
            }
            return null;
        }
        Optional<LocalDate> date = LedgerDates.parse(cell);
        if (date.isEmpty()) {
            errors.add(column, "无法识别的日期“" + cell.text() + "”，请写成 2025-03-04 或 2025年3月4日",
                    "Not a date: " + cell.text() + " (write 2025-03-04)");
            return null;
        }
        LocalDate d = date.get();
        if (d.isBefore(EARLIEST)) {
            errors.add(column, "日期 " + d + " 早于政府信息公开条例施行之日（2008-05-01），请检查",
                    "The date " + d + " is before 2008-05-01, when the Regulation took effect");
            return null;
        }
        if (d.isAfter(today)) {
            errors.add(column, "日期 " + d + " 晚于今天（" + today + "）", "The date " + d + " is in the future");
            return null;
        }
        return d;
    }

    private <E extends Enum<E>> E choice(LedgerColumn column, LedgerVocabulary.Lookup<E> words, String zh, String en) {
        String v = text(column);
        if (v.isEmpty()) {
            errors.add(column, "必填", "Required");
            return null;
        }
        Optional<E> found = words.find(v);
        if (found.isEmpty()) {
            errors.add(column, "无法识别的" + zh + "“" + v + "”，可填：" + words.choicesZh(),
                    "Unknown " + en + " " + v + "; one of: " + words.choicesEn());
            return null;
        }
        return found.get();
    }

    private String applicantName() {
        List<FieldError> found = new ArrayList<>();
        String name = Inputs.name(found, APPLICANT_NAME.header(), text(APPLICANT_NAME), MAX_NAME);
        found.forEach(f -> errors.add(APPLICANT_NAME, f.zh(), f.en()));
        return name;
    }

    private String agency(Predicate<String> agencyExists) {
        String v = Normalizer.normalize(text(AGENCY_CODE), Normalizer.Form.NFKC).strip();
        if (v.isEmpty()) {
            errors.add(AGENCY_CODE, "必填", "Required");
            return null;
        }
        if (!AGENCY_FORMAT.matcher(v).matches()) {
            errors.add(AGENCY_CODE, "受理机关应填机关编码（如 LC-ZRZYJ），不是名称：“" + v + "”",
                    "Give the agency's code (e.g. LC-ZRZYJ), not its name: " + v);
            return null;
        }
        if (!agencyExists.test(v)) {
            errors.add(AGENCY_CODE, "没有编码为“" + v + "”的机关", "No agency has the code " + v);
            return null;
        }
        return v;
    }

    private List<String> items() {
        List<String> items = LedgerText.splitNonBlank(text(ITEMS));
        if (items.isEmpty()) {
            errors.add(ITEMS, "必填：请填写申请公开的信息，多项用换行或分号分隔",
                    "Required: the information requested, several items separated by line breaks or semicolons");
            return null;
        }
        if (items.size() > MAX_ITEMS) {
            errors.add(ITEMS, "一次申请最多 " + MAX_ITEMS + " 项，此行有 " + items.size() + " 项",
                    "At most " + MAX_ITEMS + " items, this row has " + items.size());
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String d = items.get(i);
            if (d.codePointCount(0, d.length()) > MAX_DESCRIPTION) {
                errors.add(ITEMS, "第 " + (i + 1) + " 项超过 " + MAX_DESCRIPTION + " 个字符",
                        "Item " + (i + 1) + " is longer than " + MAX_DESCRIPTION + " characters");
                ok = false;
            } else if (d.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
                errors.add(ITEMS, "第 " + (i + 1) + " 项含有控制字符", "Item " + (i + 1) + " contains control characters");
                ok = false;
            }
        }
        return ok ? items : null;
    }

    /** The decisions in order; empty when the cell is blank, null when a value is not understood. */
    private List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        for (String v : LedgerText.splitNonBlank(text(DECISIONS))) {
            Optional<Decision> d = LedgerVocabulary.DECISIONS.find(v);
            if (d.isEmpty()) {
                errors.add(DECISIONS, "无法识别的处理结果“" + v + "”，可填：予以公开、部分公开、不予公开、信息不存在、非本机关、"
                        + "重复申请等（见模板“填写说明”）",
                        "Unknown decision " + v + " (e.g. DISCLOSED, PARTIALLY_DISCLOSED, WITHHELD, NOT_HELD)");
                return null;
            }
            decisions.add(d.get());
        }
        return decisions;
    }

    /** The grounds by position, null where blank; empty when the cell is blank, null when a value is not understood. */
    private List<Ground> grounds() {
        List<Ground> grounds = new ArrayList<>();
        for (String v : LedgerText.split(text(GROUNDS))) {
            if (v.isEmpty()) {
                grounds.add(null);
                continue;
            }
            Optional<Ground> g = LedgerVocabulary.GROUNDS.find(v);
            if (g.isEmpty()) {
                errors.add(GROUNDS, "无法识别的不予公开理由“" + v + "”，可填：" + LedgerVocabulary.GROUNDS.choicesZh(),
                        "Unknown withholding ground " + v + "; one of: " + LedgerVocabulary.GROUNDS.choicesEn());
                return null;
            }
            grounds.add(g.get());
        }
        return grounds;
    }
}
