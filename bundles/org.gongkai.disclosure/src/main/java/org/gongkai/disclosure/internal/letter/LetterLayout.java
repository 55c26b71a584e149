package org.gongkai.disclosure.internal.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a letter's lines on A4 pages (in PDF points, origin bottom left): 2.5 cm margins, the title centred in
 * 22 pt (二号) bold, the 文号 centred, the body in 16 pt (三号) on a 28 pt grid with a 2-character first-line indent and
 * justified lines, the signature right-aligned and kept on one page, and "第 1 页 共 2 页" when there is more than one page.
 */
final class LetterLayout {
    static final float PAGE_WIDTH = 595.2756f;
    static final float PAGE_HEIGHT = 841.8898f;
    static final float MARGIN = 2.5f / 2.54f * 72;
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    static final float TITLE_SIZE = 22;
    static final float TITLE_LEADING = 36;
    static final float BODY_SIZE = 16;
    static final float BODY_LEADING = 28;
    static final float FOOTER_SIZE = 12;
    private static final float INDENT = 2 * BODY_SIZE;
    private static final float SIGNATURE_GAP = 2 * BODY_LEADING;
    /** Justify a line only if that spreads each character by at most this fraction of the font size. */
    private static final float MAX_STRETCH = 0.25f;
    private static final float MAX_SQUEEZE = 0.15f;

    /** The width of text at a size, in points. */
    @FunctionalInterface
    interface TextMeasure {
        float width(String text, float size);
    }

    /** One line of text at its baseline position; {@code charSpacing} is the extra space after each character. */
    record Line(String text, float x, float y, float size, boolean bold, float charSpacing) {
    }

    /** The lines of one page. */
    record Page(List<Line> lines) {
    }

    private enum Align {
        LEFT, CENTER, RIGHT
    }

    private final TextMeasure measure;
    private final List<List<Line>> pages = new ArrayList<>();
    private List<Line> page;
    /** The top of the next line. */
    private float top;

    private LetterLayout(TextMeasure measure) {
        this.measure = measure;
        newPage();
    }

    /** The pages of the letter; the text should only hold characters the font can show. */
    static List<Page> layout(Letter letter, TextMeasure measure) {
        LetterLayout l = new LetterLayout(measure);
        l.block(letter.title(), TITLE_SIZE, TITLE_LEADING, Align.CENTER, true, 0, false, 0);
        l.top -= BODY_LEADING / 2;
        if (!letter.docNumber().isBlank()) {
            l.block(letter.docNumber(), BODY_SIZE, BODY_LEADING, Align.CENTER, false, 0, false, 0);
            l.top -= BODY_LEADING / 2;
        }
        if (!letter.addressee().isBlank()) {
            l.block(letter.addressee(), BODY_SIZE, BODY_LEADING, Align.LEFT, false, 0, false, 0);
        }
        for (String p : letter.paragraphs()) {
            l.block(p, BODY_SIZE, BODY_LEADING, Align.LEFT, false, INDENT, true, 0);
        }
        l.signature(letter.agencyName(), ChineseFormat.date(letter.date()));
        return l.finish();
    }

    private void signature(String agency, String date) {
        int agencyLines = LineBreaker.lines(agency.strip(), CONTENT_WIDTH - INDENT, CONTENT_WIDTH - INDENT,
                t -> measure.width(t, BODY_SIZE)).size();
        float needed = SIGNATURE_GAP + (agencyLines + 1) * BODY_LEADING;
        if (top - needed < MARGIN) {
            newPage();
        } else {
            top -= SIGNATURE_GAP;
        }
        block(agency, BODY_SIZE, BODY_LEADING, Align.RIGHT, false, 0, false, INDENT);
        block(date, BODY_SIZE, BODY_LEADING, Align.RIGHT, false, 0, false, INDENT);
    }

    /** Lays out a text whose line breaks are kept; only its first line is indented. */
    private void block(String text, float size, float leading, Align align, boolean bold, float indent,
            boolean justify, float rightPad) {
        String[] segments = text.strip().split("\\R", -1);
        float width = CONTENT_WIDTH - rightPad;
        for (int s = 0; s < segments.length; s++) {
            float firstIndent = s == 0 ? indent : 0;
            List<String> lines = LineBreaker.lines(segments[s].strip(), width - firstIndent, width,
                    t -> measure.width(t, size));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float lineIndent = i == 0 ? firstIndent : 0;
                float w = measure.width(line, size);
                float x = switch (align) {
                    case LEFT -> MARGIN + lineIndent;
                    case CENTER -> MARGIN + Math.max(0, (width - w) / 2);
                    case RIGHT -> MARGIN + Math.max(0, width - w);
                };
                float spacing = justify && i < lines.size() - 1 ? spacing(line, width - lineIndent - w, size) : 0;
                if (top - leading < MARGIN) {
                    newPage();
                }
                float baseline = top - leading / 2 - size * 0.35f;
                page.add(new Line(line, x, baseline, size, bold, spacing));
                top -= leading;
            }
        }
    }

    /** The character spacing that makes a line fill its width, or 0 when that would look worse than a ragged edge. */
    private static float spacing(String line, float slack, float size) {
        int gaps = line.codePointCount(0, line.length()) - 1;
        if (gaps < 1) {
            return 0;
        }
        float s = slack / gaps;
        return s > MAX_STRETCH * size || s < -MAX_SQUEEZE * size ? 0 : s;
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        top = PAGE_HEIGHT - MARGIN;
    }

    private List<Page> finish() {
        List<Page> out = new ArrayList<>();
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            List<Line> lines = new ArrayList<>(pages.get(i));
            if (n > 1) {
                String footer = "第 " + (i + 1) + " 页 共 " + n + " 页";
                float w = measure.width(footer, FOOTER_SIZE);
                lines.add(new Line(footer, (PAGE_WIDTH - w) / 2, MARGIN / 2, FOOTER_SIZE, false, 0));
            }
            out.add(new Page(List.copyOf(lines)));
        }
        return out;
    }
}
