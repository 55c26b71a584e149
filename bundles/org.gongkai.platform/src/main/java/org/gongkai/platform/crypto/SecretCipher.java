package org.gongkai.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts short values at rest with AES-256-GCM: a random 12-byte nonce per value, stored with it, as
 * {@code v1:<base64(nonce | ciphertext | tag)>}. Used for identity numbers and for the secrets in loudspeaker
 * terminal settings; the key lives in a file outside the database ({@link KeyFiles}).
 */
public final class SecretCipher {
    /** The prefix of every sealed value. */
    public static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    public SecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key must have 32 bytes (256 bits)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A fresh random 256-bit key. */
    public static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** The plain value; fails on anything not sealed with this key (tampered, foreign key, not sealed at all). */
    public String decrypt(String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("not a sealed value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a sealed value: wrong key or damaged value?", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * A key derived from this one for another purpose (HMAC-SHA256 of the purpose label), e.g. the key of a keyed
     * fingerprint; equal labels give equal keys.
     */
    public byte[] derive(String purpose) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            return derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a key", e);
        }
    }
}
