package org.gongkai.platform.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Database-backed login sessions, so any node of a cluster can serve any request. */
@ProviderType
public interface LoginSessions {

    LoginSession open(Actor actor);

    /** The live session of a token (sliding expiry), or empty when unknown, expired or the account is locked. */
    Optional<LoginSession> resolve(String token);

    void close(String token);
}
