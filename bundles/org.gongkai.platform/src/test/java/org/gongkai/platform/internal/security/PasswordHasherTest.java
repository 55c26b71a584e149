package org.gongkai.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2 password hashes, with a low work factor so the tests stay fast. */
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theRightPasswordVerifiesAgainstItsHash() {
        String stored = hasher.hash("correct horse 电池".toCharArray());
        assertTrue(stored.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        assertTrue(hasher.verify("correct horse 电池".toCharArray(), stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertFalse(hasher.verify("correct hors".toCharArray(), stored));
        assertFalse(hasher.verify("Correct horse".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        String a = hasher.hash("same password".toCharArray());
        String b = hasher.hash("same password".toCharArray());
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[2], b.split("\\$")[2]);
        assertTrue(hasher.verify("same password".toCharArray(), a));
        assertTrue(hasher.verify("same password".toCharArray(), b));
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillVerifies() {
        String stored = new PasswordHasher(2000).hash("pw-1234567".toCharArray());
        assertTrue(hasher.verify("pw-1234567".toCharArray(), stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain-text-password", "pbkdf2-sha256$1000$abc", "md5$1000$AAAA$AAAA",
            "pbkdf2-sha256$many$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "pbkdf2-sha256$1000$not base64!$AAAA",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$***", "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
            "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "pbkdf2-sha256$1000$$AAAA",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$", "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAA$extra",
            "$$$"})
    void aMalformedStoredHashIsSimplyFalse(String stored) {
        assertDoesNotThrow(() -> assertFalse(hasher.verify("whatever123".toCharArray(), stored)));
    }

    @Test
    void aHashNeedsRehashingOnlyWhenTheIterationCountWasRaised() {
        String stored = hasher.hash("pw-1234567".toCharArray());
        assertFalse(hasher.needsRehash(stored));
        assertFalse(new PasswordHasher(500 * 2).needsRehash(stored));
        assertTrue(new PasswordHasher(1001).needsRehash(stored));
        assertTrue(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).needsRehash(stored));
        String stronger = new PasswordHasher(3000).hash("pw-1234567".toCharArray());
        assertFalse(hasher.needsRehash(stronger), "a stronger hash is never downgraded");
        assertTrue(hasher.needsRehash("something-else"), "an unknown format is rehashed");
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(999));
    }

    @Test
    void wipeClearsThePasswordArray() {
        char[] pw = "secret-123".toCharArray();
        PasswordHasher.wipe(pw);
        assertArrayEquals(new char[10], pw);
        assertDoesNotThrow(() -> PasswordHasher.wipe(null));
    }
}
