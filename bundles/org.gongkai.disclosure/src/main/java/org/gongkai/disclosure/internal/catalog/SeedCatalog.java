package org.gongkai.disclosure.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The catalogs shipped with the bundle, to seed a county's catalog on first start or on the admin's request. */
public final class SeedCatalog {
    /** The classpath resource of the land-expropriation catalog. */
    public static final String LAND_EXPROPRIATION = "/catalog/land-expropriation.csv";

    private SeedCatalog() {
    }

    /** The land-expropriation catalog (土地征收): the documents asked for most often, in catalog order. */
    public static List<CatalogEntry> landExpropriation() {
        return CatalogCsv.parse(resource(LAND_EXPROPRIATION));
    }

    static String resource(String path) {
        try (InputStream in = SeedCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalog resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog resource " + path, e);
        }
    }
}
