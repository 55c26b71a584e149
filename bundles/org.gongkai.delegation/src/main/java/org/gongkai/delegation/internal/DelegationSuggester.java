package org.gongkai.delegation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.Suggestion;

/**
 * Suggests zones for an application from what the zones own: the zone's own name, place names in the zone (its
 * rules and the regions under it), subjects it owns, and catalog entries it keeps. Pure: the caller gathers the
 * case's text and the zones. Weights: the zone's name 5, a catalog entry 3, a place 3, a subject 2; each match
 * counts once.
 */
final class DelegationSuggester {
    static final int NAME = 5;
    static final int CATALOG = 3;
    static final int PLACE = 3;
    static final int SUBJECT = 2;
    /** Endings of village and community names that applicants usually leave out (八里村委会 → 八里村 is kept as is). */
    private static final List<String> PLACE_SUFFIXES = List.of("村民委员会", "居民委员会", "社区居委会", "村委会", "居委会");

    /** The application as far as suggestions go. */
    record CaseText(String title, List<String> items, List<String> catalogCodes) {
    }

    /** A zone that takes delegated cases, with what it owns. */
    record Zone(String code, String name, List<String> names, List<String> regionPlaces, List<DelegationRule> rules) {
    }

    private DelegationSuggester() {
    }

    /** The zones with at least one match, best first (ties by zone code). */
    static List<Suggestion> suggest(CaseText text, List<Zone> zones) {
        String haystack = normalise(text.title() + "\n" + String.join("\n", text.items()));
        Set<String> codes = new LinkedHashSet<>(text.catalogCodes());
        List<Suggestion> out = new ArrayList<>();
        for (Zone z : zones) {
            int score = 0;
            List<String> reasons = new ArrayList<>();
            for (String n : z.names()) {
                if (n != null && n.length() >= 2 && haystack.contains(normalise(n))) {
                    score += NAME;
                    reasons.add("提到开发区「" + n + "」");
                    break;
                }
            }
            Set<String> places = new LinkedHashSet<>();
            for (DelegationRule r : z.rules()) {
                switch (r.kind()) {
                    case PLACE -> places.add(r.value());
                    case SUBJECT -> {
                        if (haystack.contains(normalise(r.value()))) {
                            score += SUBJECT;
                            reasons.add("事项关键词「" + r.value() + "」");
                        }
                    }
                    case CATALOG -> {
                        if (codes.contains(r.value())) {
                            score += CATALOG;
                            reasons.add("目录事项 " + r.value());
                        }
                    }
                }
            }
            places.addAll(z.regionPlaces());
            for (String p : places) {
                String found = placeIn(haystack, p);
                if (found != null) {
                    score += PLACE;
                    reasons.add("地名「" + found + "」");
                }
            }
            if (score > 0) {
                out.add(new Suggestion(z.code(), z.name(), score, List.copyOf(reasons)));
            }
        }
        out.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::zoneCode));
        return out;
    }

    /** The form of the place name found in the text (full, or without its committee ending), or null. */
    static String placeIn(String haystack, String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String p = normalise(place);
        if (haystack.contains(p)) {
            return place.strip();
        }
        for (String suffix : PLACE_SUFFIXES) {
            if (p.endsWith(suffix)) {
                String stem = p.substring(0, p.length() - suffix.length());
                // 八里街村委会 → 八里街村 (a village) or 八里街 (too general when it is also the zone's name: kept, a
                // name of two characters or more is specific enough in a county)
                String village = suffix.startsWith("村") ? stem + "村" : stem + "社区";
                if (haystack.contains(village)) {
                    return village;
                }
                if (stem.length() >= 2 && haystack.contains(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    /** Case and width of Latin letters and digits do not matter; blanks are ignored. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
