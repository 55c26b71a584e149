package org.gongkai.platform.internal.command;

import java.io.PrintStream;
import java.util.List;

/** Prints simple aligned tables on the console, counting CJK characters as two columns. */
final class Tables {
    private Tables() {
    }

    static void print(PrintStream out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        line(out, header, widths);
        StringBuilder sep = new StringBuilder();
        for (int w : widths) {
            sep.append("-".repeat(w)).append("  ");
        }
        out.println(sep.toString().stripTrailing());
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append(c).append(" ".repeat(Math.max(0, widths[i] - width(c)))).append("  ");
        }
        out.println(sb.toString().stripTrailing());
    }

    static int width(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return w;
    }
}
