package org.gongkai.disclosure;

import java.time.LocalDate;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Information-disclosure applications under the 2019 Regulation. Every method checks the actor's role and agency
 * scope (a case outside the scope is "not found"), runs in one transaction and writes the audit trail.
 */
@ProviderType
public interface DisclosureService {

    ApplicationDetail register(Actor actor, NewApplication application);

    Page<ApplicationSummary> list(Actor actor, ApplicationQuery query);

    /** The full case; audited as a view of personal data. */
    ApplicationDetail get(Actor actor, String number);

    ApplicationDetail act(Actor actor, String number, Action action, ActionInput input);

    ApplicationDetail decide(Actor actor, String number, int seq, ItemDecision decision);

    ApplicationDetail startPause(Actor actor, String number, String kind, LocalDate from, String reason);

    ApplicationDetail endPause(Actor actor, String number, long pauseId, LocalDate to);

    ApplicationDetail extend(Actor actor, String number, int days, String reason);
}
