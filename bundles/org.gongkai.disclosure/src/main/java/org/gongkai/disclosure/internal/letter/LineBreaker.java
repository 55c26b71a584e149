package org.gongkai.disclosure.internal.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one paragraph into lines the Chinese way: a break is allowed between any two CJK characters and at spaces,
 * while a run of Latin letters, digits and ASCII punctuation stays together (unless it is longer than a line).
 * Closing punctuation such as ，。、；：）」』》 does not start a line (a character is carried down with it, or
 * it hangs in the margin), and opening punctuation such as （「《 does not end one.
 */
final class LineBreaker {
    private static final String NO_START = "，。、；：？！）」』》〉】〕〗〙〛”’…‥·～%‰℃°,.;:?!)]}";
    private static final String NO_END = "（「『《〈【〔〖〘〚“‘([{";
    /** How many tokens may be carried down to keep closing punctuation off the start of a line. */
    private static final int MAX_CARRY = 3;
    private static final float EPSILON = 0.01f;

    /** The width of a piece of text at the size being laid out. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private LineBreaker() {
    }

    /**
     * The lines of {@code text} (no line breaks in it), the first at most {@code firstWidth} wide (e.g. less the
     * indent), the others at most {@code width}; at least one line, possibly empty. Hanging punctuation may overflow.
     */
    static List<String> lines(String text, float firstWidth, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        float curWidth = 0;
        for (String t : tokens(text)) {
            boolean space = t.equals(" ");
            if (space && cur.isEmpty()) {
                continue;
            }
            float limit = lines.isEmpty() ? firstWidth : width;
            float w = measure.width(t);
            if (curWidth + w <= limit + EPSILON) {
                cur.add(t);
                curWidth += w;
                continue;
            }
            if (space) {
                cur = flush(lines, cur);
                curWidth = width(cur, measure);
                continue;
            }
            if (isNoStart(t) && !cur.isEmpty()) {
                int from = carryFrom(cur);
                if (from > 0) {
                    List<String> carried = new ArrayList<>(cur.subList(from, cur.size()));
                    cur = flush(lines, new ArrayList<>(cur.subList(0, from)));
                    cur.addAll(carried);
                    cur.add(t);
                } else {
                    cur.add(t); // hangs past the margin
                    cur = flush(lines, cur);
                }
                curWidth = width(cur, measure);
                continue;
            }
            if (!cur.isEmpty() && w <= width + EPSILON) {
                cur = flush(lines, cur);
                curWidth = width(cur, measure);
            }
            // a word longer than a whole line is cut where it fills the line
            float lineLimit = lines.isEmpty() ? firstWidth : width;
            String rest = t;
            while (curWidth + measure.width(rest) > lineLimit + EPSILON) {
                int cut = fitting(rest, lineLimit - curWidth, measure);
                cur.add(rest.substring(0, cut));
                lines.add(join(cur));
                cur = new ArrayList<>();
                curWidth = 0;
                rest = rest.substring(cut);
                lineLimit = width;
            }
            if (!rest.isEmpty()) {
                cur.add(rest);
                curWidth += measure.width(rest);
            }
        }
        if (!cur.isEmpty() || lines.isEmpty()) {
            lines.add(join(cur));
        }
        return lines;
    }

    /** Adds the line, keeping an opening bracket at its end for the next line; answers what the next line starts with. */
    private static List<String> flush(List<String> lines, List<String> cur) {
        List<String> next = new ArrayList<>();
        while (cur.size() > 1 && isNoEnd(cur.get(cur.size() - 1))) {
            next.add(0, cur.remove(cur.size() - 1));
        }
        lines.add(join(cur));
        return next;
    }

    /** Where to start carrying tokens down so the carried part does not start with closing punctuation; 0 = hang. */
    private static int carryFrom(List<String> cur) {
        for (int i = cur.size() - 1; i >= 1 && cur.size() - i <= MAX_CARRY; i--) {
            String t = cur.get(i);
            if (!isNoStart(t) && !t.equals(" ")) {
                return i;
            }
        }
        return 0;
    }

    /** How many chars of {@code s} fit in {@code limit}; at least one code point. */
    private static int fitting(String s, float limit, Measure measure) {
        int end = s.offsetByCodePoints(0, 1);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (measure.width(s.substring(0, next)) > limit + EPSILON) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static float width(List<String> tokens, Measure measure) {
        float w = 0;
        for (String t : tokens) {
            w += measure.width(t);
        }
        return w;
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens).stripTrailing();
    }

    /** Spaces, single CJK characters or punctuation marks, and runs of Latin text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp)));
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** Latin letters, digits and ASCII punctuation (below the General Punctuation block) that is not a bracket or quote. */
    private static boolean isWordChar(int cp) {
        return cp < 0x2000 && !Character.isWhitespace(cp) && NO_END.indexOf(cp) < 0 && cp != ')' && cp != ']' && cp != '}';
    }

    private static boolean isNoStart(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_START.indexOf(token.codePointAt(0)) >= 0;
    }

    private static boolean isNoEnd(String token) {
        return token.codePointCount(0, token.length()) == 1 && NO_END.indexOf(token.codePointAt(0)) >= 0;
    }
}
