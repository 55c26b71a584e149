package org.gongkai.disclosure.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * Who may see and work on a case when a development zone handles it on the government's behalf (委托办理). The case
 * stays in the government's scope, so the openness office keeps its full view; it is also in the scope of the zone
 * handling it. Zone staff of that zone take the registrar, handler and reviewer steps of the case, because the zone
 * committee registers, drafts, approves and signs the reply itself; the office head's steps (extension, later reply
 * date) and delegation and recall stay with the government, which remains legally responsible.
 */
final class CaseScope {
    /** The workflow roles zone staff hold on a case their zone handles. */
    static final Set<Role> DELEGATED_ROLES = Set.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER);

    private CaseScope() {
    }

    /**
     * True when the actor may see a case of {@code agencyCode} that {@code handlingAgency} (or nobody, when null)
     * handles on its behalf; {@code sees} is the platform's agency-scope rule.
     */
    static boolean canSee(BiPredicate<Actor, String> sees, Actor actor, String agencyCode, String handlingAgency) {
        return sees.test(actor, agencyCode) || handlingAgency != null && sees.test(actor, handlingAgency);
    }

    /**
     * The actor as the workflow sees them on a case: zone staff of the handling zone gain the delegated roles; anyone
     * else acts with their own roles. A zone's staff gain nothing on a case another zone handles or on one that was
     * recalled.
     */
    static Actor actingFor(Actor actor, String handlingAgency) {
        if (handlingAgency == null || !handlingAgency.equals(actor.agencyCode()) || !actor.hasRole(Role.ZONE_STAFF)) {
            return actor;
        }
        Set<String> roles = new HashSet<>(actor.roles());
        DELEGATED_ROLES.forEach(r -> roles.add(r.id()));
        return new Actor(actor.username(), actor.agencyCode(), roles);
    }
}
