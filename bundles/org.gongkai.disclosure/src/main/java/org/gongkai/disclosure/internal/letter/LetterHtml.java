package org.gongkai.disclosure.internal.letter;

/**
 * Renders a {@link Letter} as a complete, print-ready HTML5 document: A4 pages with 2.5 cm margins, the title centred
 * in bold 二号 (22 pt), the body in 三号 (16 pt) 仿宋 with a 2-character first-line indent. All text is escaped.
 */
public final class LetterHtml {
    private static final String CSS = """
            @page { size: A4; margin: 2.5cm; }
            html { background: #fff; }
            body { margin: 0; color: #000; font-family: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", \
            "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Micro Hei", serif; \
            font-size: 16pt; line-height: 28pt; }
            .letter { max-width: 16cm; margin: 0 auto; }
            h1 { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif; \
            font-size: 22pt; font-weight: bold; line-height: 36pt; text-align: center; margin: 0 0 14pt; }
            .doc-number { text-align: center; margin: 0 0 28pt; }
            .addressee { margin: 0; }
            .body p { text-indent: 2em; margin: 0; text-align: justify; }
            .signature { text-align: right; margin: 56pt 2em 0 0; }
            .signature p { margin: 0; }
            @media screen { body { padding: 2.5cm 0; background: #eee; } .letter { background: #fff; padding: 2.5cm; } }
            """;

    private LetterHtml() {
    }

    /** The whole document as a string (UTF-8 declared). */
    public static String render(Letter letter) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(letter.title()));
        if (!letter.docNumber().isBlank()) {
            h.append(" ").append(escape(letter.docNumber()));
        }
        h.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<article class=\"letter\" data-kind=\"")
                .append(letter.kind().name()).append("\" data-template=\"").append(escape(letter.templateVersion()))
                .append("\">\n<h1>").append(text(letter.title())).append("</h1>\n");
        if (!letter.docNumber().isBlank()) {
            h.append("<p class=\"doc-number\">").append(text(letter.docNumber())).append("</p>\n");
        }
        if (!letter.addressee().isBlank()) {
            h.append("<p class=\"addressee\">").append(text(letter.addressee())).append("</p>\n");
        }
        h.append("<div class=\"body\">\n");
        for (String p : letter.paragraphs()) {
            h.append("<p>").append(text(p)).append("</p>\n");
        }
        h.append("</div>\n<div class=\"signature\">\n<p class=\"agency\">").append(text(letter.agencyName()))
                .append("</p>\n<p class=\"date\">").append(ChineseFormat.date(letter.date()))
                .append("</p>\n</div>\n</article>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Escaped text whose line breaks are kept as {@code <br>}. */
    private static String text(String s) {
        return escape(s.strip()).replaceAll("\\R", "<br>");
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
