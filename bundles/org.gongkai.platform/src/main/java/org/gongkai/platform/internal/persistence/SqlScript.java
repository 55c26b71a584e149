package org.gongkai.platform.internal.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements: on semicolons outside quotes and outside line (--) and block comments. Scripts hold DDL and simple
 * DML only (no procedural blocks), which keeps them portable between H2 and PostgreSQL.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char ch = script.charAt(i);
            if (!inQuote && ch == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                current.append(' ');
                continue;
            }
            if (!inQuote && ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
                continue;
            }
            if (ch == '\'') {
                inQuote = !inQuote;
            }
            if (ch == ';' && !inQuote) {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder sb) {
        String s = sb.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
