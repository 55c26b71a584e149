package org.gongkai.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @Test
    void sealsWithAFreshNonceAndOpensOnlyWithTheSameKey() {
        SecretCipher c = new SecretCipher(SecretCipher.newKey());
        String a = c.encrypt("450323198506121234");
        String b = c.encrypt("450323198506121234");
        assertTrue(SecretCipher.isSealed(a));
        assertNotEquals(a, b, "a random nonce per value");
        assertFalse(a.contains("4503"));
        assertEquals("450323198506121234", c.decrypt(a));
        assertEquals("口令", c.decrypt(c.encrypt("口令")));
        assertThrows(IllegalStateException.class, () -> new SecretCipher(SecretCipher.newKey()).decrypt(a));
        byte[] raw = Base64.getDecoder().decode(a.substring(SecretCipher.PREFIX.length()));
        raw[20] ^= 0x01; // one bit of the ciphertext
        String tampered = SecretCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> c.decrypt(tampered));
        assertThrows(IllegalStateException.class, () -> c.decrypt("plain"));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
    }

    @Test
    void derivedKeysDependOnThePurpose() {
        SecretCipher c = new SecretCipher(new byte[32]);
        assertArrayEquals(c.derive("x"), new SecretCipher(new byte[32]).derive("x"));
        assertFalse(java.util.Arrays.equals(c.derive("x"), c.derive("y")));
    }

    @Test
    void aKeyFileIsCreatedOwnerOnlyOnceAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("etc/gongkai/test.key");
        byte[] first = KeyFiles.loadOrCreate(file, "test");
        assertEquals(32, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first, KeyFiles.loadOrCreate(file, "test"));
        assertEquals(Base64.getEncoder().encodeToString(first), Files.readString(file).strip());
        Files.writeString(file, "not base64 !!");
        assertThrows(IllegalStateException.class, () -> KeyFiles.loadOrCreate(file, "test"));
    }
}
