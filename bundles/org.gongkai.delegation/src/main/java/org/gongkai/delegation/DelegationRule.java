package org.gongkai.delegation;

/** One rule suggesting that applications matching it be delegated to a zone; id 0 for a new rule. */
public record DelegationRule(long id, String zoneCode, RuleKind kind, String value) {
}
