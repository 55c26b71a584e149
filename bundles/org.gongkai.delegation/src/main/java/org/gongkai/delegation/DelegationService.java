package org.gongkai.delegation;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.platform.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Delegation of applications to development-zone committees (委托办理). The office configures zones and rules, is
 * offered suggestions, delegates (confirming a suggestion or forwarding by hand with a reason), follows the cases,
 * reminds and recalls; the cases themselves stay in the disclosure capability. Every change is audited.
 */
@ProviderType
public interface DelegationService {

    /** Every development zone with its setting (zones never configured are independent). */
    List<ZoneSetting> zones(Actor actor);

    /** Sets a zone's mode, principal name and reconsiderationOrgan (office head, administrator). */
    ZoneSetting saveZone(Actor actor, ZoneSetting setting);

    List<DelegationRule> rules(Actor actor);

    /** Adds a rule (office head, administrator). */
    DelegationRule addRule(Actor actor, DelegationRule rule);

    void deleteRule(Actor actor, long id);

    /** Zones a case could be delegated to, best first; only zones set to {@link ZoneMode#DELEGATED}. */
    List<Suggestion> suggest(Actor actor, String number);

    /** Delegates a case to a delegated zone; the reason is the rule or the office's note (转办). */
    ApplicationDetail delegate(Actor actor, String number, String zoneCode, String reason);

    /** Takes a delegated case back (收回). */
    ApplicationDetail recall(Actor actor, String number, String reason);

    /** Records a reminder (催办) to the zone handling a case. */
    Reminder remind(Actor actor, String number, String note);

    List<Reminder> reminders(Actor actor, String number);

    /**
     * Delegated cases the actor may see (the office: all; zone staff: their zone's), received in the period; without a
     * period, every open delegated case and those closed in the last 30 days.
     */
    List<BoardRow> board(Actor actor, LocalDate from, LocalDate to);

    /** The delegation report for cases received in a period. */
    DelegationReport report(Actor actor, LocalDate from, LocalDate to);
}
