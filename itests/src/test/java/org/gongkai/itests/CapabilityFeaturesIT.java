package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The capabilities shipped in the distribution but not booted install and uninstall live: delegation (disclosure
 * keeps working without it, and its data is back on reinstall) and the loudspeaker demo driver.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CapabilityFeaturesIT extends GongkaiTestSupport {

    @Inject
    FeaturesService features;

    @Before
    public void ready() throws Exception {
        awaitReady();
    }

    @Test
    public void delegationInstallsUninstallsAndKeepsItsDataWhileDisclosureGoesOn() throws Exception {
        features.installFeature("gongkai-delegation");
        try {
            assertTrue(await("/api/delegation/zones", 200, "head"));
            String zones = get("/api/delegation/zones", "head").body();
            assertTrue(zones, zones.contains("LC-DZ-BLJ"));
            Reply set = http("PUT", "/api/delegation/zones/LC-DZ-BLJ", "head", "application/json",
                    "{\"mode\":\"DELEGATED\",\"principal\":\"县政府\","
                            + "\"reconsiderationOrgan\":\"桂林市人民政府\"}");
            assertEquals(set.body(), 200, set.status());
            features.uninstallFeature("gongkai-delegation");
            assertTrue(await("/api/delegation/zones", 404, "head"));
            assertEquals(200, get("/api/disclosure/applications?size=1", "registrar").status());
            features.installFeature("gongkai-delegation");
            assertTrue(await("/api/delegation/zones", 200, "head"));
            assertTrue(get("/api/delegation/zones", "head").body().contains("\"mode\":\"DELEGATED\""));
        } finally {
            features.uninstallFeature("gongkai-delegation");
        }
    }

    @Test
    public void theLoudspeakerDemoDriverComesAndGoes() throws Exception {
        assertTrue(await("/api/broadcast/terminals/drivers", 200, "admin"));
        features.installFeature("gongkai-broadcast-driver-demo");
        try {
            assertTrue(awaitBody("/api/broadcast/terminals/drivers", "\"id\":\"demo\"", true));
        } finally {
            features.uninstallFeature("gongkai-broadcast-driver-demo");
        }
        assertTrue(awaitBody("/api/broadcast/terminals/drivers", "\"present\":true", false));
    }

    private static boolean await(String path, int status, String user) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (get(path, user).status() == status) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static boolean awaitBody(String path, String text, boolean present) throws Exception {
        for (int i = 0; i < 120; i++) {
            Reply r = get(path, "admin");
            if (r.status() == 200 && r.body().contains(text) == present) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
