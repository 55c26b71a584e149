package org.gongkai.broadcast.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpiRecordsTest {
    private static final TerminalBinding T1 = new TerminalBinding("T1", Map.of("token", "s3cret", "volume", "40"));

    @Test
    void everyEmergencyLevelOutranksRoutineAndRedOutranksBlue() {
        assertEquals(254, PlayRequest.emergencyPriority(1));
        assertEquals(251, PlayRequest.emergencyPriority(4));
        assertTrue(PlayRequest.emergencyPriority(4) > PlayRequest.ROUTINE);
        assertThrows(IllegalArgumentException.class, () -> PlayRequest.emergencyPriority(0));
        assertThrows(IllegalArgumentException.class, () -> PlayRequest.emergencyPriority(5));
    }

    @Test
    void aPlayRequestNeedsTerminalsAndSomethingToPlay() {
        assertThrows(IllegalArgumentException.class, () -> new PlayRequest("b1", List.of(), "http://a/x.mp3", null,
                10, null));
        assertThrows(IllegalArgumentException.class, () -> new PlayRequest("b1", List.of(T1), null, null, 10, null));
        assertThrows(IllegalArgumentException.class, () -> new PlayRequest("b1", List.of(T1), null, "文字", 256,
                null));
        assertEquals("文字", new PlayRequest("b1", List.of(T1), null, "文字", 10, null).text());
    }

    @Test
    void bindingsNeverPrintSettingValuesBecauseSomeAreSecrets() {
        assertFalse(T1.toString().contains("s3cret"), T1.toString());
        assertEquals(40, T1.getInt("volume", 0));
        assertEquals(7, T1.getInt("absent", 7));
    }

    @Test
    void anEnumSettingWithoutOptionsIsADriverBug() {
        assertThrows(IllegalArgumentException.class, () -> new SettingDescriptor("mode", null, null,
                SettingDescriptor.Type.ENUM, true, null, List.of()));
        assertEquals("mode", new SettingDescriptor("mode", null, null, SettingDescriptor.Type.STRING, false, null,
                null).label());
    }
}
