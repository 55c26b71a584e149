package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * What Karaf will see of the bundle: bnd has written the manifest and the DS descriptor into target/classes before
 * the tests run. Guards the two mistakes that make a driver fail only at deployment: an SPI import without a
 * version range, and a component that does not offer the BroadcastDriver service.
 */
class BundleManifestTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void theDriverSpiIsImportedWithAConsumerRangeAndNothingIsExported() throws Exception {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Attributes main = manifest.getMainAttributes();
        String imports = main.getValue("Import-Package");
        assertTrue(imports != null && imports.contains("org.gongkai.broadcast.spi;version=\"[1.0,2)\""),
                "Import-Package: " + imports);
        assertNull(main.getValue("Export-Package"), "a driver exports nothing");
        assertTrue(main.getValue("Service-Component").contains("VendorSpeakerDriver"));
    }

    @Test
    void theComponentOffersTheBroadcastDriverServiceWithItsId() throws Exception {
        String xml = Files.readString(CLASSES.resolve("OSGI-INF/" + VendorSpeakerDriver.class.getName() + ".xml"));
        assertTrue(xml.contains("interface=\"org.gongkai.broadcast.spi.BroadcastDriver\""), xml);
        assertTrue(xml.contains("name=\"gongkai.driver.id\"") && xml.contains("value=\"" + VendorSpeakerDriver.ID
                + "\""), xml);
    }
}
