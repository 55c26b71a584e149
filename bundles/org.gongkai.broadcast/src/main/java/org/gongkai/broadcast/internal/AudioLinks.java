package org.gongkai.broadcast.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links to broadcast audio for terminals, which fetch without a login: {@code
 * <base>/api/broadcast/audio/<id>?exp=<epoch seconds>&sig=<HMAC-SHA256(id.exp)>}. The key is derived from the
 * broadcast key file, so links cannot be guessed or altered, and each expires; a fresh link is made for every send.
 */
final class AudioLinks {
    static final String PATH = "/api/broadcast/audio/";
    private final SecretKeySpec key;
    private final String baseUrl;
    private final Duration ttl;
    private final Clock clock;

    /**
     * @param key at least 32 bytes, used for nothing else
     * @param baseUrl scheme, host and port as terminals reach the platform, e.g. {@code http://10.1.2.3:8181}
     */
    AudioLinks(byte[] key, String baseUrl, Duration ttl, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("link key too short");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The platform as terminals on the county network most likely reach it: this machine's first non-loopback IPv4
     * address and the HTTP port ({@code org.osgi.service.http.port}, default 8181). Configure the base URL when the
     * terminals come through a proxy or a public name.
     */
    static String defaultBaseUrl() {
        String port = System.getProperty("org.osgi.service.http.port", "8181");
        String host = "localhost";
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return "http://" + a.getHostAddress() + ":" + port;
                    }
                }
            }
        } catch (SocketException | RuntimeException e) {
            // fall back to localhost: only terminals on this machine (simulators) can then fetch
        }
        return "http://" + host + ":" + port;
    }

    /** A link to the audio that is valid for the configured time from now. */
    String url(String audioId) {
        long exp = clock.instant().plus(ttl).getEpochSecond();
        return baseUrl + PATH + URLEncoder.encode(audioId, StandardCharsets.UTF_8) + "?exp=" + exp + "&sig="
                + sign(audioId, exp);
    }

    /** Whether the link parameters were made here for this audio and have not expired. */
    boolean valid(String audioId, String exp, String sig) {
        if (audioId == null || exp == null || sig == null || !exp.matches("\\d{1,12}")) {
            return false;
        }
        long expires = Long.parseLong(exp);
        if (clock.instant().getEpochSecond() > expires) {
            return false;
        }
        return MessageDigest.isEqual(sign(audioId, expires).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String audioId, long exp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal((audioId + "." + exp).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audio link", e);
        }
    }
}
