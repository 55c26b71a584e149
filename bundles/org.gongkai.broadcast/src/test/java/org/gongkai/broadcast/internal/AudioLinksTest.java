package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.internal.TestDb;
import org.junit.jupiter.api.Test;

/** Signed audio links: valid until they expire, useless when altered or made with another key. */
class AudioLinksTest {
    private final TestDb.MutableClock clock = new TestDb.MutableClock(Fixtures.NOW);
    private final byte[] key = key(1);
    private final AudioLinks links = new AudioLinks(key, "http://10.0.0.5:8181/", Duration.ofHours(24), clock);

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) seed);
        return k;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String p : URI.create(url).getRawQuery().split("&")) {
            q.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return q;
    }

    @Test
    void aLinkPointsAtTheAudioAndIsValidUntilItExpires() {
        String url = links.url("GA7");
        assertTrue(url.startsWith("http://10.0.0.5:8181/api/broadcast/audio/GA7?exp="), url);
        Map<String, String> q = query(url);
        assertEquals(String.valueOf(Fixtures.NOW.plus(Duration.ofHours(24)).getEpochSecond()), q.get("exp"));
        assertTrue(links.valid("GA7", q.get("exp"), q.get("sig")));
        clock.advance(Duration.ofHours(24));
        assertTrue(links.valid("GA7", q.get("exp"), q.get("sig")), "to the second");
        clock.advance(Duration.ofSeconds(1));
        assertFalse(links.valid("GA7", q.get("exp"), q.get("sig")), "expired");
    }

    @Test
    void anAlteredLinkIsRefused() {
        Map<String, String> q = query(links.url("GA7"));
        String exp = q.get("exp");
        String sig = q.get("sig");
        assertFalse(links.valid("GA8", exp, sig), "another audio");
        assertFalse(links.valid("GA7", String.valueOf(Long.parseLong(exp) + 86400), sig), "extended expiry");
        char c = sig.charAt(5);
        assertFalse(links.valid("GA7", exp, sig.substring(0, 5) + (c == 'A' ? 'B' : 'A') + sig.substring(6)),
                "one character changed");
        assertFalse(links.valid("GA7", exp, sig.substring(1)), "shortened");
        assertFalse(links.valid("GA7", "soon", sig));
        assertFalse(links.valid("GA7", exp, null));
        assertFalse(new AudioLinks(key(2), "http://x", Duration.ofHours(1), clock).valid("GA7", exp, sig),
                "another key");
    }
}
