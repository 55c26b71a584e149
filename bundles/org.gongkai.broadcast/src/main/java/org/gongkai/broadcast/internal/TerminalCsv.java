package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.TerminalInput;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;

/**
 * Parses the terminal import file: header {@code id,name,region_code,driver_id,settings}, one terminal a line, fields
 * in double quotes where they contain commas, settings as {@code key=value;key=value}. Errors name the line (the
 * header is line 1) as field {@code line[n].column}.
 */
final class TerminalCsv {
    static final List<String> HEADER = List.of("id", "name", "region_code", "driver_id", "settings");

    /** One parsed line with its number in the file. */
    record Line(int number, TerminalInput input) {
    }

    private TerminalCsv() {
    }

    static List<Line> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ValidationException.of("file", "文件为空", "The file is empty");
        }
        String text = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
        String[] lines = text.split("\r?\n", -1);
        List<String> header = fields(lines[0]).stream().map(s -> s.strip().toLowerCase()).toList();
        if (header.size() < 4 || !header.subList(0, 4).equals(HEADER.subList(0, 4))) {
            throw ValidationException.of("line[1]", "第1行须为表头：" + String.join(",", HEADER),
                    "Line 1 must be the header " + String.join(",", HEADER));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Line> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int n = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> f = fields(lines[i]);
            if (f.size() < 4 || f.size() > 5) {
                errors.add(FieldError.of("line[" + n + "]", "第" + n + "行应有4或5列，实有" + f.size() + "列",
                        "Line " + n + " should have 4 or 5 columns, has " + f.size()));
                continue;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            if (f.size() == 5 && !f.get(4).isBlank()) {
                for (String pair : f.get(4).split(";")) {
                    int eq = pair.indexOf('=');
                    if (pair.isBlank()) {
                        continue;
                    }
                    if (eq <= 0) {
                        errors.add(FieldError.of("line[" + n + "].settings", "第" + n + "行设置项格式应为 名称=值：" + pair,
                                "Line " + n + ": a setting must be name=value: " + pair));
                        continue;
                    }
                    settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            out.add(new Line(n, new TerminalInput(f.get(0).strip(), f.get(1).strip(), f.get(2).strip(),
                    f.get(3).strip(), settings)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (out.isEmpty()) {
            throw ValidationException.of("file", "文件中没有终端", "The file contains no terminals");
        }
        return out;
    }

    /** The fields of one line; a quoted field may contain commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
