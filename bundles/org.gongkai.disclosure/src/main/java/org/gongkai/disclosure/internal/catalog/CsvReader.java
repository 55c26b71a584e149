package org.gongkai.disclosure.internal.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: comma separated, double-quoted fields with {@code ""} escapes and line breaks inside
 * quotes, CRLF or LF, an optional byte-order mark. Blank lines are skipped; each row keeps the line it starts on.
 * It keeps the physical line a row starts on (for error names like {@code line[7].title}), which Commons CSV — used
 * by the ledger import, numbering records the way a spreadsheet numbers rows — does not report.
 */
final class CsvReader {
    /** One row and the 1-based line number it starts on. */
    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    /** The rows of {@code text}; an unterminated quote is an {@link IllegalArgumentException} naming its line. */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c != '"') {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                } else if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(start, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                if (!any && field.length() == 0) {
                    start = line;
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unterminated quoted field starting on line " + start);
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }
}
