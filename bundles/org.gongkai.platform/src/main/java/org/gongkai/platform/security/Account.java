package org.gongkai.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as shown to administrators (never with its password hash).
 *
 * @param disabled locked by an administrator until unlocked
 * @param lockedUntil temporarily locked after repeated failed logins, or null
 */
public record Account(long id, String username, String displayName, String agencyCode, Set<String> roles,
        boolean disabled, Instant lockedUntil, int failedAttempts, Instant createdAt, Instant lastLoginAt) {
}
