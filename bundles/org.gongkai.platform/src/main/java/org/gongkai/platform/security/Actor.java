package org.gongkai.platform.security;

import java.util.Arrays;
import java.util.Set;
import org.gongkai.platform.AccessDeniedException;

/**
 * Who is acting: an authenticated staff member (username, agency, roles) or the platform itself. Services take an
 * Actor and enforce roles and agency scope themselves; the UI only hides what a user may not do.
 */
public record Actor(String username, String agencyCode, Set<String> roles) {
    /** The platform acting on its own (scheduled jobs, demo data, migrations). */
    public static final Actor SYSTEM = new Actor("system", null, Set.of(Role.ADMIN.id()));

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.id());
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(this::hasRole);
    }

    /** Throws {@link AccessDeniedException} unless the actor has one of the roles. */
    public void requireAnyRole(Role... candidates) {
        if (!hasAnyRole(candidates)) {
            throw AccessDeniedException.missingRole(Arrays.stream(candidates).map(Role::id).toArray(String[]::new));
        }
    }
}
