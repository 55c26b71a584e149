package org.gongkai.platform.security;

import java.time.Instant;

/**
 * A browser login session. The token goes into an HttpOnly cookie and is stored only as a hash; the CSRF token must
 * accompany every state-changing request made with the cookie.
 */
public record LoginSession(String token, String csrfToken, Actor actor, Instant expiresAt) {
}
