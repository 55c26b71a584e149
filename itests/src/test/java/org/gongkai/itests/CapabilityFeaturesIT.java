package org.gongkai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.util.Filter;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Capabilities come and go live: the booted delegation feature uninstalls (disclosure keeps working and its delegated
 * cases stay visible, marked) and reinstalls with its data; the loudspeaker demo driver, shipped but not booted,
 * installs and uninstalls.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CapabilityFeaturesIT extends GongkaiTestSupport {

    @Inject
    @Filter(timeout = 180_000)
    FeaturesService features;

    @Before
    public void ready() throws Exception {
        awaitReady();
    }

    @Test
    public void delegationUninstallsAndReinstallsWithItsDataWhileDisclosureGoesOn() throws Exception {
        assertTrue(awaitStatus("/api/delegation/zones", 200, "head", 60));
        Reply set = http("PUT", "/api/delegation/zones/LC-DZ-BLJ", "head", "application/json",
                "{\"mode\":\"DELEGATED\",\"principal\":\"县政府\",\"reconsiderationOrgan\":\"桂林市人民政府\"}");
        assertEquals(set.body(), 200, set.status());
        Reply created = postJson("/api/disclosure/applications", "registrar", "{\"requestKey\":\"it-cap-deleg\","
                + "\"channel\":\"IN_PERSON\",\"submittedOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"梁一\","
                + "\"idKind\":\"RESIDENT_ID\",\"idNumber\":\"" + DisclosureIT.residentId("45032319880808123")
                + "\",\"phone\":\"13800003333\",\"title\":\"八里街开发区企业名录\",\"items\":[{\"description\":\"园区企业名录\"}],"
                + "\"form\":\"PAPER\",\"receiveBy\":\"POST\",\"agencyCode\":\"LC-GOV\"}");
        assertEquals(created.body(), 201, created.status());
        String no = created.body().replaceAll("(?s).*?\"number\":\"(YS\\d+)\".*", "$1");
        assertEquals(200, postJson("/api/disclosure/applications/" + no + "/actions/REGISTER", "registrar", "{}").status());
        assertEquals(200, postJson("/api/delegation/cases/" + no + "/delegate", "head",
                "{\"zoneCode\":\"LC-DZ-BLJ\",\"reason\":\"园区信息\"}").status());
        features.uninstallFeature("gongkai-delegation");
        try {
            assertTrue(awaitStatus("/api/delegation/zones", 404, "head", 60));
            // without the feature the open delegated case is in the government office's queue, marked, and the zone
            // can still work it: no clock runs out unseen
            String queue = get("/api/disclosure/applications?size=50&q=" + no, "registrar").body();
            assertTrue(queue, queue.contains(no) && queue.contains("\"handlingAgencyCode\":\"LC-DZ-BLJ\""));
            assertEquals(200, get("/api/disclosure/applications/" + no, "zone").status());
            assertEquals(200, postJson("/api/disclosure/applications/" + no + "/actions/START_DRAFTING", "zone", "{}")
                    .status());
        } finally {
            features.installFeature("gongkai-delegation");
        }
        assertTrue(awaitStatus("/api/delegation/zones", 200, "head", 60));
        assertTrue(get("/api/delegation/zones", "head").body().contains("\"mode\":\"DELEGATED\""));
        assertTrue(get("/api/delegation/board", "head").body().contains(no));
    }

    @Test
    public void theLoudspeakerDemoDriverComesAndGoes() throws Exception {
        assertTrue(awaitStatus("/api/broadcast/terminals/drivers", 200, "admin", 60));
        features.installFeature("gongkai-broadcast-driver-demo");
        try {
            assertTrue(awaitBody("/api/broadcast/terminals/drivers", "\"id\":\"demo\"", true, 60));
        } finally {
            features.uninstallFeature("gongkai-broadcast-driver-demo");
        }
        // the demo terminals stay, their driver listed as missing
        assertTrue(awaitBody("/api/broadcast/terminals/drivers", "\"id\":\"demo\",\"name\":\"demo\",\"present\":false", true, 60));
    }


}
