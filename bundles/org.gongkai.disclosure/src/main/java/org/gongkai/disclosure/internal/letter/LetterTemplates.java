package org.gongkai.disclosure.internal.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One version of the letter texts, read from {@code letters/<version>/letters.properties} (UTF-8) on the classpath
 * of this bundle, with {@code {name}} placeholders filled in a single pass, so that user text is never expanded.
 */
final class LetterTemplates {
    private static final Pattern VERSION = Pattern.compile("v[0-9]{1,3}");

    private final String version;
    private final Properties texts;

    private LetterTemplates(String version, Properties texts) {
        this.version = version;
        this.texts = texts;
    }

    /** Loads a version, e.g. {@code v1}; throws IllegalArgumentException when no such version is shipped. */
    static LetterTemplates load(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Invalid letter template version: " + version);
        }
        String resource = "/letters/" + version + "/letters.properties";
        try (InputStream in = LetterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Unknown letter template version: " + version);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return new LetterTemplates(version, p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    String version() {
        return version;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The template {@code key} with every placeholder replaced; a missing key or value is a programming error. */
    String fill(String key, Map<String, String> values) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("Letter template " + version + " has no key " + key);
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} in letter template " + version + " " + key);
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    /** A template without placeholders. */
    String text(String key) {
        return fill(key, Map.of());
    }
}
