package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds forbidden words in a script. Both the words and the text are normalised first, so that spaces, punctuation,
 * full-width letters and case cannot be used to slip a word past the check (“赌 博”, “ＡＢＣ”, “a-b-c”).
 */
public final class ForbiddenWords {
    private final List<String> words;
    private final List<String> normalised;

    public ForbiddenWords(Collection<String> words) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> w = new ArrayList<>();
        List<String> n = new ArrayList<>();
        for (String word : words) {
            String norm = normalise(word);
            if (!norm.isEmpty() && seen.add(norm)) {
                w.add(word.strip());
                n.add(norm);
            }
        }
        this.words = List.copyOf(w);
        this.normalised = List.copyOf(n);
    }

    /** Reads a list with one word per line or separated by commas; blank lines and lines starting with # are skipped. */
    public static ForbiddenWords parse(String list) {
        List<String> out = new ArrayList<>();
        for (String line : list.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String w : line.split("[,，、]")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return new ForbiddenWords(out);
    }

    /** The forbidden words that occur in the text, in list order, each once. */
    public List<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String t = normalise(text);
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < normalised.size(); i++) {
            if (t.contains(normalised.get(i))) {
                hits.add(words.get(i));
            }
        }
        return hits;
    }

    public int size() {
        return words.size();
    }

    /** Letters and digits only, full-width folded to ASCII, lower case. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int c = cp;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0; // full-width ASCII block
            }
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return b.toString();
    }
}
