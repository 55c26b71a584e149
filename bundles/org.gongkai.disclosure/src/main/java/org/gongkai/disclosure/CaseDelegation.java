package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Delegation of applications to development-zone committees (委托办理), as the disclosure capability offers it to the
 * delegation capability. A delegated case stays the government's (its agency, its statutory clock, its annual-report
 * row); the zone named as handling agency handles and answers it on the government's behalf. Zone staff of that
 * zone then see the case and take its registrar, handler and reviewer steps; the office head's steps (extension,
 * later reply date) stay with the government. Without the delegation capability the cases stay visible, marked, in
 * the government's queue.
 */
@ProviderType
public interface CaseDelegation {

    /**
     * Hands an open case (before the reply) to a development zone; office head or administrator, audited. The clock
     * is not restarted: it runs from the government's receipt date.
     */
    ApplicationDetail delegate(Actor actor, String number, DelegationOrder order);

    /** Takes a delegated case back (收回); office head or administrator, reason required, audited. */
    ApplicationDetail recall(Actor actor, String number, String reason);

    /**
     * Facts of the cases received in a period (inclusive) that the actor may see, delegated or not, for the
     * delegation board and report; {@code delegatedOnly} limits them to cases a zone handles.
     */
    List<CaseFacts> cases(Actor actor, LocalDate receivedFrom, LocalDate receivedTo, boolean delegatedOnly);

    /** The facts of one case the actor may see (not audited: no personal data); "not found" outside the scope. */
    CaseFacts facts(Actor actor, String number);
}
