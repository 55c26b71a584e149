package org.gongkai.disclosure.internal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggests the catalog entries that a requested item most likely asks for. Both the request and each entry's title
 * and aliases are reduced by {@link ItemNormaliser}; an entry scores the best {@link Bigrams#score} over its
 * wordings, and entries scoring above {@link #THRESHOLD} are returned best first. Inactive entries are never
 * suggested. Immutable and thread-safe: build a new matcher when the catalog changes.
 */
public final class CatalogMatcher {
    /**
     * A suggestion must score strictly more than this. Above 0.5 either more than half of the character bigrams agree
     * (建设工程规划许可证 against 建设用地规划许可证: 0.625) or a wording of at least four characters appears whole inside
     * the request (containment always lifts a positive score above 0.5). Sharing one word and nothing else stays at
     * or below it: 医疗费用补偿标准 against 青苗补偿标准 is exactly 0.5 and is not suggested. Chosen on the fixture in
     * {@code CatalogMatcherTest}.
     */
    public static final double THRESHOLD = 0.5;

    private final List<Candidate> candidates;

    /** A matcher over the active entries of {@code entries}, in their order (which also breaks ties). */
    public CatalogMatcher(List<CatalogEntry> entries) {
        List<Candidate> list = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (e == null || !e.active()) {
                continue;
            }
            List<Wording> wordings = new ArrayList<>();
            add(wordings, e.title());
            e.aliases().forEach(a -> add(wordings, a));
            if (!wordings.isEmpty()) {
                list.add(new Candidate(e, list.size(), List.copyOf(wordings)));
            }
        }
        this.candidates = List.copyOf(list);
    }

    private static void add(List<Wording> wordings, String original) {
        String n = ItemNormaliser.normalise(original);
        if (!n.isEmpty()) {
            wordings.add(new Wording(original, new Bigrams(n)));
        }
    }

    /**
     * At most {@code limit} entries that {@code requestedItem} matches above {@link #THRESHOLD}, best first
     * (ties in catalog order). Empty for null, blank or unrecognisable input and for a limit below 1.
     */
    public List<CatalogMatch> match(String requestedItem, int limit) {
        String n = ItemNormaliser.normalise(requestedItem);
        if (n.isEmpty() || limit < 1) {
            return List.of();
        }
        Bigrams request = new Bigrams(n);
        List<Scored> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            Wording best = null;
            double bestScore = 0;
            for (Wording w : c.wordings()) {
                double s = request.score(w.bigrams());
                if (s > bestScore) {
                    best = w;
                    bestScore = s;
                }
            }
            if (best != null && bestScore > THRESHOLD) {
                hits.add(new Scored(new CatalogMatch(c.entry(), bestScore, best.original()), c.order()));
            }
        }
        hits.sort(Comparator.comparingDouble((Scored s) -> -s.match().score()).thenComparingInt(Scored::order));
        return hits.stream().limit(limit).map(Scored::match).toList();
    }

    /** The number of entries this matcher can suggest (the active ones with a usable wording). */
    public int size() {
        return candidates.size();
    }

    private record Wording(String original, Bigrams bigrams) {
    }

    private record Candidate(CatalogEntry entry, int order, List<Wording> wordings) {
    }

    private record Scored(CatalogMatch match, int order) {
    }
}
