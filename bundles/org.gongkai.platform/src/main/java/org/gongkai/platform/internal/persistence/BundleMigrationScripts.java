package org.gongkai.platform.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.persistence.MigrationScript;
import org.osgi.framework.Bundle;

/** Finds {@code db/<component>/V<n>__<description>[.<dialect>].sql} in a bundle, choosing the dialect's variant. */
final class BundleMigrationScripts {
    static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)(?:\\.(h2|postgresql))?\\.sql");

    private BundleMigrationScripts() {
    }

    static List<MigrationScript> find(Bundle bundle, String component, String dialect) {
        Enumeration<URL> entries = bundle.findEntries("db/" + component, "*.sql", false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        return select(urls, dialect);
    }

    static List<MigrationScript> select(List<URL> urls, String dialect) {
        Map<Integer, MigrationScript> chosen = new TreeMap<>();
        Map<Integer, Boolean> specific = new TreeMap<>();
        for (URL url : urls) {
            String path = url.getPath();
            Matcher m = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
            if (!m.matches()) {
                throw new IllegalStateException("migration script with a bad name: " + path);
            }
            String variant = m.group(3);
            if (variant != null && !variant.equals(dialect)) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            boolean isSpecific = variant != null;
            if (chosen.containsKey(version) && specific.get(version) == isSpecific) {
                throw new IllegalStateException("two migration scripts for version " + version + ": " + path);
            }
            if (!chosen.containsKey(version) || isSpecific) {
                chosen.put(version, new MigrationScript(version, m.group(2).replace('_', ' '), read(url)));
                specific.put(version, isSpecific);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }
}
