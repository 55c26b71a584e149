package org.gongkai.disclosure.internal.ledger;

import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * One requested item of an imported case with its decision (null while the case is open or when it ended without a
 * reply) and the withholding ground (only for decisions whose {@link Decision#needsGround()} is true).
 */
public record LedgerItem(String description, Decision decision, Ground ground) {
}
