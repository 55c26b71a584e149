package org.gongkai.disclosure.internal.ledger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the ledger readers: tolerant comparison keys and the split of multi-value cells. */
final class LedgerText {
    /** Line breaks and the half- and full-width semicolons separate the values of a multi-value cell. */
    private static final Pattern SEPARATOR = Pattern.compile("\\r\\n|[\\r\\n;；]");
    private static final Pattern IGNORED = Pattern.compile("[\\s\"'“”‘’「」『』]+");
    /** A leading list number such as "1." or "（一）" copied from the annual-report table. */
    private static final Pattern NUMBERING = Pattern.compile("^\\(?[0-9一二三四五六七八九十]{1,3}[).、]");

    private LedgerText() {
    }

    /**
     * A comparison key: full-width folded to half-width (NFKC), whitespace and quotes removed, a leading list number
     * dropped, lower case. Two spellings of the same value give the same key.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String k = IGNORED.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        return NUMBERING.matcher(k).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** The values of a multi-value cell, each stripped, blank ones kept in place (trailing blanks dropped). */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        if (s == null) {
            return parts;
        }
        for (String p : SEPARATOR.split(s, -1)) {
            parts.add(p.strip());
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The non-blank values of a multi-value cell. */
    static List<String> splitNonBlank(String s) {
        List<String> parts = split(s);
        parts.removeIf(String::isEmpty);
        return parts;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
