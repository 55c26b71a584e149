package org.gongkai.broadcast.internal;

import org.gongkai.broadcast.Broadcast;
import org.gongkai.broadcast.BroadcastKind;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.Message;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * Who may see and manage what: administrators and auditors see the whole network; broadcast staff see their area
 * (their agency's region) — items inside it and county-wide items that reach it; every broadcast role sees
 * emergencies. Terminals are managed by administrators and by broadcast reviewers within their area.
 */
final class BroadcastAccess {
    private final TargetScope scope;

    BroadcastAccess(TargetScope scope) {
        this.scope = scope;
    }

    /** The region an actor works in, or null for the whole network (administrators, auditors). */
    String area(Actor actor) {
        if (actor.hasAnyRole(Role.ADMIN, Role.AUDITOR)) {
            return null;
        }
        actor.requireAnyRole(Role.BROADCAST_EDITOR, Role.BROADCAST_REVIEWER, Role.EMERGENCY_OFFICER);
        return scope.actorRegion(actor);
    }

    /** The region asked for, limited to the actor's area; denied when it lies outside. */
    String regionWithin(Actor actor, String requested) {
        String area = area(actor);
        if (requested == null || requested.isBlank()) {
            return area == null ? "" : area;
        }
        String r = requested.strip();
        if (area != null && !TargetScope.contains(area, r)) {
            throw new AccessDeniedException(Message.of("该区划不在您的辖区内：" + r, "Region outside your area: " + r));
        }
        return r;
    }

    /** May manage terminals in the region (administrators anywhere, broadcast reviewers in their area). */
    void requireTerminalManager(Actor actor, String regionCode) {
        if (actor.hasRole(Role.ADMIN)) {
            return;
        }
        actor.requireAnyRole(Role.BROADCAST_REVIEWER);
        if (!TargetScope.contains(scope.actorRegion(actor), regionCode)) {
            throw new AccessDeniedException(Message.of("该区划不在您的辖区内：" + regionCode,
                    "Region outside your area: " + regionCode));
        }
    }

    boolean canSee(Actor actor, Broadcast b, String itemRegion) {
        String area = area(actor);
        if (area == null || b.kind() == BroadcastKind.EMERGENCY || actor.username().equals(b.author())) {
            return true;
        }
        return TargetScope.contains(area, itemRegion) || TargetScope.contains(itemRegion, area);
    }

    void requireVisible(Actor actor, Broadcast b, String itemRegion) {
        if (!canSee(actor, b, itemRegion)) {
            throw new AccessDeniedException(Message.of("该广播不在您的辖区内", "This broadcast is outside your area"));
        }
    }
}
