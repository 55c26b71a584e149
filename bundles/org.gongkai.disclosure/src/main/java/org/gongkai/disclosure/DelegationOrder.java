package org.gongkai.disclosure;

/**
 * What the office decides when it delegates a case: the zone, why, and how the zone's reply names the principal and
 * the reconsideration organ. Blank principal or organ take the disclosure configuration's defaults. The values are
 * kept on the case, so its letters come out the same even when the delegation capability is gone.
 *
 * @param zoneCode the development-zone committee that will handle the case
 * @param reason why (e.g. the rule that matched, or the office's note for a hand-forwarded case)
 * @param principal the delegating government as the letter names it, e.g. 县政府 (受县政府委托)
 * @param reconsiderationOrgan the organ reviewing the government's acts, e.g. 桂林市人民政府
 */
public record DelegationOrder(String zoneCode, String reason, String principal, String reconsiderationOrgan) {

    /** A delegation with the configured principal and reconsideration organ. */
    public DelegationOrder(String zoneCode, String reason) {
        this(zoneCode, reason, null, null);
    }
}
