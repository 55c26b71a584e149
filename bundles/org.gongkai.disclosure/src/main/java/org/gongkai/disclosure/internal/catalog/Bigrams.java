package org.gongkai.disclosure.internal.catalog;

import java.util.HashMap;
import java.util.Map;

/**
 * The character bigrams of a normalised string as a multiset, and the similarity of two strings computed from them.
 * A one-character string counts as its single character, so it can still equal another one-character string.
 */
final class Bigrams {
    /** Shorter strings than this earn no containment bonus: 公告 is inside too many titles to mean anything. */
    static final int MIN_CONTAINED = 4;
    /** The part of the distance to 1 that containment closes: 0.5 turns a Dice of 0.4 into 0.7. */
    static final double CONTAINMENT_WEIGHT = 0.5;

    private final String text;
    private final Map<Long, Integer> counts;
    private final int size;

    Bigrams(String text) {
        this.text = text;
        int[] cps = text.codePoints().toArray();
        Map<Long, Integer> c = new HashMap<>();
        if (cps.length == 1) {
            c.put((long) cps[0], 1);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            c.merge(((long) cps[i] << 21) | cps[i + 1], 1, Integer::sum);
        }
        this.counts = Map.copyOf(c);
        this.size = cps.length == 1 ? 1 : Math.max(0, cps.length - 1);
    }

    String text() {
        return text;
    }

    /** Dice coefficient 2·|A∩B| / (|A|+|B|) over the bigram multisets; 0 when either side is empty. */
    double dice(Bigrams other) {
        if (size == 0 || other.size == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            common += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (size + other.size);
    }

    /**
     * The score of this (the request) against a catalog wording: the Dice coefficient, and when one string contains
     * the other and the shorter has at least {@value #MIN_CONTAINED} characters, that Dice moved
     * {@value #CONTAINMENT_WEIGHT} of the way towards 1. Only identical strings score 1.
     */
    double score(Bigrams wording) {
        double d = dice(wording);
        if (d == 0) {
            return 0;
        }
        boolean requestShorter = text.length() <= wording.text.length();
        String shorter = requestShorter ? text : wording.text;
        String longer = requestShorter ? wording.text : text;
        if (shorter.codePointCount(0, shorter.length()) >= MIN_CONTAINED && longer.contains(shorter)) {
            return d + CONTAINMENT_WEIGHT * (1 - d);
        }
        return d;
    }
}
