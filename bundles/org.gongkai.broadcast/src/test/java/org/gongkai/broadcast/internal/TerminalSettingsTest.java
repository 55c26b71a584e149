package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class TerminalSettingsTest {
    private static final List<SettingDescriptor> DESCRIPTORS = List.of(
            SettingDescriptor.string("device", "设备编号 (Device id)", null, true, null),
            SettingDescriptor.integer("maxVolume", "最大音量", null, false, 31),
            SettingDescriptor.bool("tts", "本地语音合成", null, true),
            SettingDescriptor.secret("token", "访问令牌", null, false),
            SettingDescriptor.choice("mode", "播放方式", null, "stream", List.of("stream", "download")));

    @Test
    void validValuesAreTrimmedAndDefaultsFilledIn() {
        TerminalBinding b = TerminalSettings.bind("T1", DESCRIPTORS, Map.of("device", " dev-9 ", "token", "abc"));
        assertEquals(Map.of("device", "dev-9", "maxVolume", "31", "tts", "true", "token", "abc", "mode", "stream"),
                b.settings());
        assertEquals(31, b.getInt("maxVolume", 0));
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        ValidationException e = assertThrows(ValidationException.class, () -> TerminalSettings.bind("T1", DESCRIPTORS,
                Map.of("maxVolume", "loud", "tts", "yes", "mode", "radio", "colour", "red")));
        assertEquals(List.of("settings.device", "settings.maxVolume", "settings.tts", "settings.mode", "settings.colour"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("请填写设备编号 (Device id)", e.fieldErrors().get(0).zh());
    }

    @Test
    void secretsAreMaskedForDisplay() {
        assertEquals(Map.of("device", "dev-9", "token", "******"),
                TerminalSettings.masked(DESCRIPTORS, Map.of("device", "dev-9", "token", "abc")));
    }
}
