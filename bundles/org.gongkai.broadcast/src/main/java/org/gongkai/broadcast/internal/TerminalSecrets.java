package org.gongkai.broadcast.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.platform.crypto.SecretCipher;

/**
 * Keeps the SECRET values of terminal settings (passwords, tokens) encrypted in the database: sealed on save by the
 * driver's descriptors, opened when a terminal is read for its driver. Values saved before sealing existed are read
 * as they are and sealed on their next save.
 */
final class TerminalSecrets {
    private final SecretCipher cipher;

    TerminalSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** A copy with every SECRET value of the descriptors sealed. */
    Map<String, String> seal(List<SettingDescriptor> descriptors, Map<String, String> settings) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        for (SettingDescriptor d : descriptors) {
            String v = out.get(d.name());
            if (d.type() == SettingDescriptor.Type.SECRET && v != null && !SecretCipher.isSealed(v)) {
                out.put(d.name(), cipher.encrypt(v));
            }
        }
        return out;
    }

    /** A copy with every sealed value opened. */
    Map<String, String> open(Map<String, String> stored) {
        Map<String, String> out = new LinkedHashMap<>(stored);
        out.replaceAll((k, v) -> SecretCipher.isSealed(v) ? cipher.decrypt(v) : v);
        return out;
    }
}
