package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.broadcast.BroadcastState;
import org.gongkai.broadcast.EmergencyLevel;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class CapImportTest {
    private final CapImport cap = new CapImport();

    private static String resource(String name) throws IOException {
        try (InputStream in = CapImportTest.class.getResourceAsStream("/cap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String alert(String status, String msgType, String severity, String extraInfo) {
        return """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>X-1</identifier><sender>s@example</sender><sent>2026-07-01T09:30:00+08:00</sent>
                  <status>%s</status><msgType>%s</msgType><scope>Public</scope>
                  <info><event>大风</event><urgency>Expected</urgency><severity>%s</severity><certainty>Likely</certainty>
                    %s
                    <area><areaDesc>县</areaDesc><geocode><valueName>GB/T 2260</valueName><value>450323</value></geocode></area>
                  </info>
                </alert>""".formatted(status, msgType, severity, extraInfo);
    }

    private static List<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void aRealisticAlertBecomesAnEmergencyDraftFromItsChineseInfo() throws IOException {
        CapAlert a = cap.parse(resource("rainstorm-red.xml"));
        assertEquals("45032341600000_20260701093000_1", a.identifier());
        assertEquals("lcqxj@lingchuan.example", a.sender());
        assertEquals(Instant.parse("2026-07-01T01:30:00Z"), a.sent());
        assertEquals("暴雨", a.event());
        assertEquals(EmergencyLevel.RED, a.level());
        assertEquals("Immediate", a.urgency());
        assertEquals(Instant.parse("2026-07-01T02:00:00Z"), a.onset());
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), a.expires());
        assertEquals(List.of("450323101", "450323100201"), a.areaCodes());

        Broadcast b = a.toDraft("e-1", "LC-QXJ", "weather");
        assertEquals(BroadcastKind.EMERGENCY, b.kind());
        assertEquals(BroadcastState.DRAFT, b.state());
        assertEquals("灵川县气象局发布暴雨红色预警信号", b.content().title());
        assertEquals("预计未来3小时大圩镇、灵川镇将出现特大暴雨。\n请低洼地带群众立即转移。", b.content().text());
        assertEquals(List.of(Target.region("450323101"), Target.region("450323100201")), b.targets());
        assertEquals("45032341600000_20260701093000_1", b.emergency().capIdentifier());
        assertEquals(false, b.emergency().exercise());
        assertEquals(a.onset(), b.emergency().start());
        assertEquals(a.expires(), b.emergency().end());
    }

    @Test
    void severitiesMapToLevelsOneToFour() {
        String expires = "<expires>2026-07-01T16:00:00+08:00</expires>";
        assertEquals(List.of(EmergencyLevel.RED, EmergencyLevel.ORANGE, EmergencyLevel.YELLOW, EmergencyLevel.BLUE),
                List.of("Extreme", "Severe", "Moderate", "Minor").stream()
                        .map(s -> cap.parse(alert("Actual", "Alert", s, expires)).level()).toList());
        assertEquals(List.of(1, 2, 3, 4), List.of(EmergencyLevel.values()).stream().map(EmergencyLevel::level).toList());
        ValidationException e = assertThrows(ValidationException.class,
                () -> cap.parse(alert("Actual", "Alert", "Unknown", expires)));
        assertEquals(List.of("severity"), fields(e));
    }

    @Test
    void onsetFallsBackToEffectiveThenSentAndExercisesAreMarked() {
        CapAlert a = cap.parse(alert("Exercise", "Update", "Minor",
                "<effective>2026-07-01T09:45:00+08:00</effective><expires>2026-07-01T16:00:00+08:00</expires>"));
        assertEquals(Instant.parse("2026-07-01T01:45:00Z"), a.onset());
        assertTrue(a.exercise());
        assertEquals(Instant.parse("2026-07-01T01:30:00Z"),
                cap.parse(alert("Test", "Alert", "Minor", "<expires>2026-07-01T16:00:00+08:00</expires>")).onset());
    }

    @Test
    void cancelsSystemMessagesAndAlertsWithoutExpiryAreRejectedWithReasons() {
        String expires = "<expires>2026-07-01T16:00:00+08:00</expires>";
        ValidationException cancel = assertThrows(ValidationException.class,
                () -> cap.parse(alert("Actual", "Cancel", "Minor", expires)));
        assertEquals(List.of("msgType"), fields(cancel));
        assertTrue(cancel.fieldErrors().get(0).zh().contains("撤销"));
        assertEquals(List.of("status"), fields(assertThrows(ValidationException.class,
                () -> cap.parse(alert("System", "Alert", "Minor", expires)))));
        assertEquals(List.of("expires"), fields(assertThrows(ValidationException.class,
                () -> cap.parse(alert("Actual", "Alert", "Minor", "")))));
        assertEquals(List.of("expires"), fields(assertThrows(ValidationException.class,
                () -> cap.parse(alert("Actual", "Alert", "Minor", "<expires>tomorrow</expires>")))));
    }

    @Test
    void aDocumentOfAnotherNamespaceOrMalformedXmlIsRejected() {
        assertEquals(List.of("file"), fields(assertThrows(ValidationException.class,
                () -> cap.parse("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"/>"))));
        assertEquals(List.of("file"), fields(assertThrows(ValidationException.class, () -> cap.parse("<alert"))));
        assertEquals(List.of("file"), fields(assertThrows(ValidationException.class, () -> cap.parse(" "))));
    }

    @Test
    void doctypesAreRefusedSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>";
        ValidationException e = assertThrows(ValidationException.class, () -> cap.parse(xxe));
        assertEquals(List.of("file"), fields(e));
        assertTrue(!e.fieldErrors().get(0).zh().contains("root:"), "no file content leaks");
    }

    @Test
    void geocodesThatAreNotRegionCodesAreIgnoredAndNoneLeftIsAnError() {
        String noCode = alert("Actual", "Alert", "Minor", "<expires>2026-07-01T16:00:00+08:00</expires>")
                .replace("<value>450323</value>", "<value>ABC</value>");
        assertEquals(List.of("area"), fields(assertThrows(ValidationException.class, () -> cap.parse(noCode))));
    }
}
