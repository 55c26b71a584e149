package org.gongkai.disclosure.internal.catalog;

import java.util.Map;

/**
 * Replaces phrases in one left-to-right pass, always taking the longest phrase that starts at the current position,
 * so a replacement is never rewritten again (征地 → 征收土地 does not then meet a rule for 土地).
 */
final class PhraseTable {
    private final Map<String, String> replacements;
    private final int longest;

    /** {@code replacements} maps each phrase to its replacement; an empty replacement deletes the phrase. */
    PhraseTable(Map<String, String> replacements) {
        this.replacements = Map.copyOf(replacements);
        this.longest = replacements.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    String apply(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            int matched = 0;
            for (int len = Math.min(longest, s.length() - i); len > 0 && matched == 0; len--) {
                String r = replacements.get(s.substring(i, i + len));
                if (r != null) {
                    out.append(r);
                    matched = len;
                }
            }
            if (matched == 0) {
                out.append(s.charAt(i));
                matched = 1;
            }
            i += matched;
        }
        return out.toString();
    }
}
