package org.gongkai.disclosure.internal.letter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A parsed Chinese TrueType font, opened once and shared by every PDF made with it. FontBox fonts are not safe for
 * concurrent use, so users synchronise on this object while they read the font (see {@link LetterPdf}).
 */
public final class CjkFont implements Closeable {
    /** Characters a font must have to count as Chinese. */
    private static final String PROBE = "中文";
    /** Put in place of a character the font has no glyph for. */
    private static final int[] REPLACEMENTS = {'□', '?'};

    private final Path path;
    private final TrueTypeFont font;
    private final Closeable source;
    private final CmapLookup cmap;
    private final int replacement;

    private CjkFont(Path path, TrueTypeFont font, Closeable source) throws IOException {
        this.path = path;
        this.font = font;
        this.source = source;
        this.cmap = font.getUnicodeCmapLookup(false);
        int r = ' ';
        for (int candidate : REPLACEMENTS) {
            if (cmap.getGlyphId(candidate) > 0) {
                r = candidate;
                break;
            }
        }
        this.replacement = r;
    }

    /**
     * Opens a .ttf or .ttc file; from a collection, the first font with glyphs for 中文. Throws IOException with the
     * reason when the file is no usable font: unreadable, CFF-based (PDFBox cannot embed those), no Chinese glyphs, or
     * embedding not permitted.
     */
    static CjkFont open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont[] chosen = new TrueTypeFont[1];
                StringBuilder reasons = new StringBuilder();
                collection.processAllFonts(ttf -> {
                    if (chosen[0] == null) {
                        String problem = problem(ttf);
                        if (problem == null) {
                            chosen[0] = ttf;
                        } else {
                            reasons.append(ttf.getName()).append(": ").append(problem).append("; ");
                        }
                    }
                });
                if (chosen[0] == null) {
                    throw new IOException("no usable font in the collection: " + reasons);
                }
                return new CjkFont(file, chosen[0], collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        if (!name.endsWith(".ttf")) {
            throw new IOException("not a .ttf or .ttc file (CFF-based .otf fonts cannot be embedded)");
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        try {
            String problem = problem(ttf);
            if (problem != null) {
                throw new IOException(problem);
            }
            return new CjkFont(file, ttf, ttf);
        } catch (IOException | RuntimeException e) {
            ttf.close();
            throw e;
        }
    }

    /** Why a font cannot be used, or null when it can. */
    private static String problem(TrueTypeFont ttf) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return "CFF-based OpenType font, which PDFBox cannot embed";
        }
        if (!ttf.getTableMap().containsKey("glyf")) {
            return "no TrueType outlines (glyf table)";
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null || PROBE.codePoints().anyMatch(cp -> cmap.getGlyphId(cp) == 0)) {
            return "no glyphs for Chinese characters";
        }
        try (PDDocument trial = new PDDocument()) {
            PDType0Font.load(trial, ttf, true); // checks the licence bits (OS/2 fsType) for embedding and subsetting
        }
        return null;
    }

    public Path path() {
        return path;
    }

    /** The PostScript name of the chosen font, e.g. WenQuanYiMicroHei. */
    public synchronized String name() {
        try {
            return font.getName();
        } catch (IOException e) {
            return path.getFileName().toString();
        }
    }

    /** The parsed font; read it only while holding this object's lock. */
    TrueTypeFont trueTypeFont() {
        return font;
    }

    /** True when the font has a glyph for the code point. */
    boolean canDisplay(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /**
     * The text with every character the font cannot show replaced (□ or ?) and tabs and other control characters made
     * spaces, so that PDFBox never fails on a rare character in a name. Line breaks are kept.
     */
    String displayable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                return;
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                return;
            } else {
                out.appendCodePoint(canDisplay(cp) ? cp : replacement);
            }
        });
        return out.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        source.close();
    }
}
