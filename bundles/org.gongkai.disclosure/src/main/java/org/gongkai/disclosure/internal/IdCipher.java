package org.gongkai.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.platform.crypto.SecretCipher;

/**
 * Identity numbers at rest: sealed with AES-256-GCM by the platform's {@link SecretCipher}, plus a keyed fingerprint
 * so that one applicant's applications can be counted without decrypting them.
 */
final class IdCipher {
    private final SecretCipher cipher;
    private final byte[] fingerprintKey;

    IdCipher(byte[] key) {
        this.cipher = new SecretCipher(key);
        this.fingerprintKey = cipher.derive("gongkai/applicant-fingerprint/v1");
    }

    String encrypt(String plain) {
        return cipher.encrypt(plain);
    }

    String decrypt(String stored) {
        if (!SecretCipher.isSealed(stored)) {
            throw new IllegalStateException("unknown identity-number format");
        }
        return cipher.decrypt(stored);
    }

    /**
     * A keyed fingerprint (HMAC-SHA256 under a key derived from the encryption key) of an identity number: equal
     * numbers give equal fingerprints, so one applicant's applications can be counted (fees by the month) without
     * storing the number in clear or decrypting every row.
     */
    String fingerprint(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            byte[] out = mac.doFinal(idNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot fingerprint", e);
        }
    }
}
