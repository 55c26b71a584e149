package org.gongkai.disclosure.internal.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.ValidationException;

/**
 * Reads catalog entries from CSV text with the header
 * {@code code,title,aliases,topic,agency_code,default_decision,default_ground,active,standard_text} (any column
 * order). Aliases are separated by {@code |}; decisions and grounds are enum names; {@code active} is
 * {@code true}/{@code false}. Field errors name the CSV line: {@code line[7].title}.
 */
public final class CatalogCsv {
    /** The columns every catalog CSV has. */
    public static final List<String> COLUMNS = List.of("code", "title", "aliases", "topic", "agency_code",
            "default_decision", "default_ground", "active", "standard_text");
    /** The largest catalog accepted in one file. */
    public static final int MAX_ROWS = 1000;

    private CatalogCsv() {
    }

    /** All entries, each valid; throws a {@link ValidationException} listing every problem. */
    public static List<CatalogEntry> parse(String csv) {
        List<FieldError> errors = new ArrayList<>();
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("csv", "CSV 引号未闭合", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ValidationException.of("csv", "文件为空", "The file is empty");
        }
        Map<String, Integer> column = header(rows.get(0).fields());
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("csv", "缺少列：" + missing, "Missing columns: " + missing);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw ValidationException.of("csv", "最多 " + MAX_ROWS + " 条", "At most " + MAX_ROWS + " rows");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String prefix = "line[" + row.line() + "].";
            CatalogEntry e = entry(row, column, prefix, errors);
            if (e == null) {
                continue;
            }
            for (FieldError f : CatalogEntries.validate(e)) {
                errors.add(FieldError.of(prefix + f.field(), f.zh(), f.en()));
            }
            Integer first = e.code() == null ? null : codes.putIfAbsent(e.code(), row.line());
            if (first != null) {
                errors.add(FieldError.of(prefix + "code", "编码与第 " + first + " 行重复", "Same code as line " + first));
            }
            entries.add(e);
        }
        Inputs.check(errors);
        return List.copyOf(entries);
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            column.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return column;
    }

    private static CatalogEntry entry(CsvReader.Row row, Map<String, Integer> column, String prefix,
            List<FieldError> errors) {
        int before = errors.size();
        List<String> f = row.fields();
        Function<String, String> get = name -> {
            int i = column.get(name);
            return i < f.size() ? f.get(i).strip() : "";
        };
        Decision decision = enumValue(Decision.class, get.apply("default_decision"), prefix + "defaultDecision", errors);
        Ground ground = enumValue(Ground.class, get.apply("default_ground"), prefix + "defaultGround", errors);
        String active = get.apply("active").toLowerCase(Locale.ROOT);
        if (!active.equals("true") && !active.equals("false")) {
            errors.add(FieldError.of(prefix + "active", "应为 true 或 false", "Must be true or false"));
        }
        if (errors.size() > before) {
            return null;
        }
        String aliases = get.apply("aliases");
        List<String> list = aliases.isEmpty() ? List.of()
                : Arrays.stream(aliases.split("\\|", -1)).map(String::strip).toList();
        return new CatalogEntry(get.apply("code"), get.apply("title"), list, get.apply("topic"),
                get.apply("agency_code"), decision, ground, get.apply("standard_text"), active.equals("true"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String field, List<FieldError> errors) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "无法识别的取值 " + name, "Unknown value " + name));
            return null;
        }
    }
}
