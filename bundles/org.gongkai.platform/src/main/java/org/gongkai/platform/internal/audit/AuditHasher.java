package org.gongkai.platform.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Computes an audit entry's chain hash: the digest of the previous hash and every field of the entry, each field
 * length-prefixed so that no two different entries share an input. SHA-256 (JDK) or SM3 (GB/T 32905, Bouncy Castle).
 */
public final class AuditHasher {
    public static final String SHA256 = "SHA-256";
    public static final String SM3 = "SM3";

    private AuditHasher() {
    }

    public static boolean supported(String algorithm) {
        return SHA256.equals(algorithm) || SM3.equals(algorithm);
    }

    public static String hash(String algorithm, String previousHash, long seq, Instant time, String actor,
            String action, String objectType, String objectId, String details) {
        StringBuilder sb = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(seq), time.toString(), actor, action, objectType,
                objectId, details == null ? "" : details}) {
            sb.append(field.length()).append(':').append(field).append('|');
        }
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digest(algorithm, input));
    }

    private static byte[] digest(String algorithm, byte[] input) {
        if (SM3.equals(algorithm)) {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(input, 0, input.length);
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return out;
        }
        try {
            return MessageDigest.getInstance(SHA256).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
