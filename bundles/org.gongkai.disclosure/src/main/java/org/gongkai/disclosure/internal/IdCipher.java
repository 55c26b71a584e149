package org.gongkai.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts identity numbers at rest with AES-256-GCM (random 12-byte nonce per value, stored with it). */
final class IdCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    IdCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the identity-number key must have 32 bytes (256 bits)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    String decrypt(String stored) {
        if (stored == null || !stored.startsWith("v1:")) {
            throw new IllegalStateException("unknown identity-number format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(3));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an identity number: wrong key?", e);
        }
    }

    /**
     * A keyed fingerprint (HMAC-SHA256 under a key derived from the encryption key) of an identity number: equal
     * numbers give equal fingerprints, so one applicant's applications can be counted (fees by the month) without
     * storing the number in clear or decrypting every row.
     */
    String fingerprint(String idNumber) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] macKey = derive.doFinal("gongkai/applicant-fingerprint/v1".getBytes(StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            byte[] out = mac.doFinal(idNumber.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot fingerprint", e);
        }
    }
}
