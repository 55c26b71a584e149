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

    /** Issues a fee notice (2020 measures): 按件 from the applicant's count in the month, or 按量 from the pages. */
    ApplicationDetail feeNotice(Actor actor, String number, FeeMethod method, Integer pages);

    /** Records the payment (made to the treasury) and resumes the reply clock. */
    ApplicationDetail feePaid(Actor actor, String number, LocalDate paidOn, String receiptNumber);

    /** Records an administrative reconsideration or lawsuit about the reply. */
    ApplicationDetail addRemedy(Actor actor, String number, Remedy remedy);

    /** Records the result of a reconsideration or lawsuit. */
    ApplicationDetail decideRemedy(Actor actor, String number, long remedyId, RemedyResult result, LocalDate decidedOn,
            String note);

    /** Attaches a PDF, JPEG or PNG file (at most 10 MB), e.g. the proof of delivery. */
    ApplicationDetail attach(Actor actor, String number, String kind, String fileName, String contentType, byte[] data);

    /** An attached file; audited as a view of personal data. */
    AttachedFile attachment(Actor actor, String number, long attachmentId);
}
