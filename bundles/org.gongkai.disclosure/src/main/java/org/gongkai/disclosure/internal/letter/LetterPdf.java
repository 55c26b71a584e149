package org.gongkai.disclosure.internal.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Renders a {@link Letter} as an A4 PDF with the Chinese font embedded as a subset, laid out by {@link LetterLayout}.
 * One instance serves all letters; it renders one letter at a time because the shared parsed font is not thread-safe.
 */
public final class LetterPdf {
    /** The producer written into the document information. */
    public static final String PRODUCER = "Gongkai";

    private final CjkFont font;

    /** A renderer with the font from {@link FontLocator#locate()}, which the caller closes when done. */
    public LetterPdf(CjkFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The PDF file. Characters the font lacks (e.g. rare CJK extension characters) print as □. */
    public byte[] render(Letter letter) {
        synchronized (font) {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font pdFont = PDType0Font.load(doc, font.trueTypeFont(), true);
                Letter printable = printable(letter);
                Map<String, Float> widths = new HashMap<>();
                List<LetterLayout.Page> pages = LetterLayout.layout(printable,
                        (text, size) -> widths.computeIfAbsent(text, t -> width(pdFont, t)) * size / 1000f);
                for (LetterLayout.Page page : pages) {
                    draw(doc, pdFont, page);
                }
                describe(doc, printable);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot render letter " + letter.docNumber() + " as PDF", e);
            }
        }
    }

    private static void draw(PDDocument doc, PDType0Font pdFont, LetterLayout.Page page) throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            for (LetterLayout.Line line : page.lines()) {
                if (line.text().isEmpty()) {
                    continue;
                }
                if (line.bold()) {
                    cs.setLineWidth(line.size() / 30f); // the font has no bold face: stroke the outline as well
                }
                cs.beginText();
                cs.setFont(pdFont, line.size());
                cs.setRenderingMode(line.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                cs.setCharacterSpacing(line.charSpacing());
                cs.newLineAtOffset(line.x(), line.y());
                cs.showText(line.text());
                cs.endText();
            }
        }
    }

    private static void describe(PDDocument doc, Letter letter) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(letter.docNumber().isBlank() ? letter.title() : letter.title() + " " + letter.docNumber());
        info.setSubject(letter.kind().nameZh());
        info.setAuthor(letter.agencyName());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    private Letter printable(Letter l) {
        return new Letter(l.kind(), l.templateVersion(), font.displayable(l.docNumber()), font.displayable(l.title()),
                font.displayable(l.addressee()), l.paragraphs().stream().map(font::displayable).toList(),
                font.displayable(l.agencyName()), l.date());
    }

    private static float width(PDType0Font pdFont, String text) {
        try {
            return pdFont.getStringWidth(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
