package org.gongkai.web;

import javax.ws.rs.core.SecurityContext;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.AuthenticationException;

/** Gets the authenticated {@link Actor} of a request from its SecurityContext (set by the authentication filter). */
public final class Actors {
    private Actors() {
    }

    /** The actor, or a 401 when the request is anonymous. */
    public static Actor of(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw AuthenticationException.required();
    }

    /** The principal the filter puts into the SecurityContext. */
    public record ActorPrincipal(Actor actor) implements java.security.Principal {
        @Override
        public String getName() {
            return actor.username();
        }
    }
}
