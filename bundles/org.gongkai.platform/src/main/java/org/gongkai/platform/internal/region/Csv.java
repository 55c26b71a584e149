package org.gongkai.platform.internal.region;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: comma separated, double-quoted fields with "" escapes and line breaks inside quotes,
 * CRLF or LF, an optional UTF-8 byte-order mark (Excel writes one). Each record keeps the line it starts on.
 */
final class Csv {
    record Record(int line, List<String> fields) {
    }

    private Csv() {
    }

    static List<Record> parse(String text) {
        List<Record> out = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
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
                    out.add(new Record(startLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                startLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + startLine + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            out.add(new Record(startLine, List.copyOf(fields)));
        }
        return out;
    }
}
