package org.gongkai.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.persistence.MigrationScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing a bundle's migration scripts: version from the name, the dialect's variant over the common one. */
class BundleMigrationScriptsTest {
    @TempDir
    Path dir;

    private URL file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "-- " + name + "\nSELECT 1;");
        return p.toUri().toURL();
    }

    private static String origin(MigrationScript s) {
        return s.sql().lines().findFirst().orElseThrow().substring(3);
    }

    @Test
    void theDialectVariantReplacesTheCommonScriptWhateverTheOrder() throws IOException {
        List<URL> urls = List.of(file("V1__platform_kernel.sql"), file("V1__platform_kernel.h2.sql"),
                file("V1__platform_kernel.postgresql.sql"), file("V2__add_things.sql"), file("V10__later.sql"));
        List<MigrationScript> h2 = BundleMigrationScripts.select(urls, "h2");
        assertEquals(List.of(1, 2, 10), h2.stream().map(MigrationScript::version).toList());
        assertEquals("V1__platform_kernel.h2.sql", origin(h2.get(0)));
        assertEquals("platform kernel", h2.get(0).description());
        assertEquals("V2__add_things.sql", origin(h2.get(1)));
        assertEquals("add things", h2.get(1).description());

        List<MigrationScript> pg = BundleMigrationScripts.select(urls, "postgresql");
        assertEquals("V1__platform_kernel.postgresql.sql", origin(pg.get(0)));

        List<URL> reversed = new ArrayList<>(urls);
        java.util.Collections.reverse(reversed);
        assertEquals("V1__platform_kernel.h2.sql", origin(BundleMigrationScripts.select(reversed, "h2").get(0)));
        assertEquals("V1__platform_kernel.sql", origin(BundleMigrationScripts.select(urls, "oracle").get(0)),
                "another database gets the common script");
    }

    @Test
    void theCommonScriptIsUsedWhenThereIsNoVariant() throws IOException {
        List<MigrationScript> s = BundleMigrationScripts.select(List.of(file("V3__x.sql"), file("V3__x.postgresql.sql")), "h2");
        assertEquals(1, s.size());
        assertEquals("V3__x.sql", origin(s.get(0)));
        assertTrue(s.get(0).sql().contains("SELECT 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1_single_underscore.sql", "1__no_v.sql", "V1__x.mysql.sql", "V1__has-dash.sql",
            "V__no_version.sql", "v1__lower.sql", "V1__x.SQL", "README.sql"})
    void aBadFileNameIsRefused(String name) throws IOException {
        List<URL> urls = List.of(file("V1__good.sql"), file(name));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BundleMigrationScripts.select(urls, "h2"));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void twoScriptsForTheSameVersionAreRefused() throws IOException {
        assertThrows(IllegalStateException.class,
                () -> BundleMigrationScripts.select(List.of(file("V1__a.sql"), file("V1__b.sql")), "h2"));
        assertThrows(IllegalStateException.class,
                () -> BundleMigrationScripts.select(List.of(file("V1__a.h2.sql"), file("V1__b.h2.sql")), "h2"));
    }
}
