package org.gongkai.disclosure.internal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
    private static CjkFont font;
    private static LetterPdf pdf;
    private final LetterComposer composer = new LetterComposer();

    @BeforeAll
    static void openFont() {
        assumeTrue(Files.isRegularFile(FontLocatorTest.WQY), "fonts-wqy-microhei is not installed");
        font = new FontLocator(null, null).locate();
        pdf = new LetterPdf(font);
    }

    @AfterAll
    static void closeFont() throws IOException {
        if (font != null) {
            font.close();
        }
    }

    private Letter reply() {
        return composer.reply(LetterFixtures.threeItems(), LetterFixtures.SETTINGS, LetterFixtures.DOC_NUMBER,
                LetterFixtures.DATE);
    }

    @Test
    void theChineseTextComesBackOutOfThePdf() throws IOException {
        Letter letter = reply();
        byte[] bytes = pdf.render(letter);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(2, doc.getNumberOfPages(), "three items and the remedies fill more than one page");
            String text = squeeze(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("第1页共2页") && text.endsWith("第2页共2页"), text);
            text = text.replaceAll("第\\d+页共\\d+页", "");
            assertTrue(text.startsWith("政府信息公开申请答复告知书灵政公开〔2026〕第12号魏某某<script>alert(1)</script>："), text);
            assertTrue(text.contains(squeeze(letter.paragraphs().get(2))), text); // the long WITHHELD item
            assertTrue(text.contains(squeeze(letter.paragraphs().get(4))), text); // the remedy, across the page break
            assertTrue(text.endsWith("特此告知。灵山县自然资源局2026年11月26日"), text);
        }
    }

    @Test
    void aOnePageLetterHasNoPageNumbers() throws IOException {
        Letter letter = composer.reply(LetterFixtures.app(List.of(LetterFixtures.DISCLOSED)), LetterFixtures.SETTINGS,
                LetterFixtures.DOC_NUMBER, LetterFixtures.DATE);
        try (PDDocument doc = Loader.loadPDF(pdf.render(letter))) {
            assertEquals(1, doc.getNumberOfPages());
            String text = squeeze(new PDFTextStripper().getText(doc));
            assertEquals(squeeze("政府信息公开申请答复告知书" + letter.docNumber() + letter.addressee()
                    + String.join("", letter.paragraphs()) + "灵山县自然资源局2026年11月26日"), text);
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] bytes = pdf.render(reply());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertEquals(1, fonts.size());
            PDFont f = fonts.get(0);
            assertTrue(f.isEmbedded(), f.getName());
            assertTrue(f.getName().matches("[A-Z]{6}\\+WenQuanYi.*"), f.getName());
        }
        assertTrue(bytes.length < 200_000, "a subset, not the 5 MB font: " + bytes.length);
    }

    @Test
    void documentInformationNamesTheLetterAndTheProducer() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(reply()))) {
            assertEquals("政府信息公开申请答复告知书 灵政公开〔2026〕第12号", doc.getDocumentInformation().getTitle());
            assertEquals("Gongkai", doc.getDocumentInformation().getProducer());
            assertEquals("灵山县自然资源局", doc.getDocumentInformation().getAuthor());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aLongLetterRunsOverSeveralNumberedPagesWithoutLosingText() throws IOException {
        List<ApplicationDetail.Item> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            items.add(new ApplicationDetail.Item(i, "第" + i + "项：2025年度某某专项资金（项目编号LS-2025-" + i
                    + "）的分配方案、拨付凭证及验收报告", Decision.DISCLOSED, null, LetterFixtures.WITHHELD.replyText()));
        }
        Letter letter = composer.reply(LetterFixtures.app(items), LetterFixtures.SETTINGS, LetterFixtures.DOC_NUMBER,
                LetterFixtures.DATE);
        try (PDDocument doc = Loader.loadPDF(pdf.render(letter))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder body = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String pageText = stripper.getText(doc);
                String footer = "第" + p + "页共" + pages + "页";
                assertTrue(squeeze(pageText).endsWith(footer), "page " + p + ": " + pageText);
                for (String line : pageText.split("\\R")) {
                    String l = line.strip();
                    assertFalse(!l.isEmpty() && "，。、；：）」』》”".indexOf(l.charAt(0)) >= 0, "line starts with punctuation: " + l);
                }
                String s = squeeze(pageText);
                body.append(s, 0, s.length() - footer.length());
            }
            assertTrue(body.toString().contains(squeeze(String.join("", letter.paragraphs()))), body.toString());
        }
    }

    @Test
    void charactersTheFontLacksPrintAsABoxInsteadOfFailing() throws IOException {
        ApplicationDetail app = LetterFixtures.app("\uD840\uDC00某某", List.of(LetterFixtures.DISCLOSED));
        Letter letter = composer.reply(app, LetterFixtures.SETTINGS, LetterFixtures.DOC_NUMBER, LetterFixtures.DATE);
        try (PDDocument doc = Loader.loadPDF(pdf.render(letter))) {
            assertTrue(squeeze(new PDFTextStripper().getText(doc)).contains("□某某："));
        }
    }

    @Test
    void rendersTwentyLettersInReasonableTime() {
        Letter letter = reply();
        pdf.render(letter); // warm-up
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < 20; i++) {
            size += pdf.render(letter).length;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("LetterPdf: 20 letters in %d ms, %.1f ms per letter, %d bytes each%n", ms, ms / 20.0, size / 20);
        assertTrue(size > 0);
    }

    /** The text with all white space removed, as line breaks and justification add spaces. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
