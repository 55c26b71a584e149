package org.gongkai.disclosure.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Content types and download headers of uploaded and generated files. */
final class DisclosureUploads {
    static final int MAX = 10 * 1024 * 1024;

    private DisclosureUploads() {
    }

    /** The declared type, or one guessed from the file name when the browser sent a generic type. */
    static String type(String declared, String name) {
        String d = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!d.isEmpty() && !d.equals("application/octet-stream")) {
            return d;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        return d;
    }

    /** A Content-Disposition header with an RFC 5987 UTF-8 file name (Chinese names survive). */
    static String disposition(String kind, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
