package org.gongkai.broadcast.internal;

import java.util.Set;

/**
 * The configurable rules of the review chain.
 *
 * @param countyReviewsTownshipItems whether county-level broadcast reviewers may also review items of one township
 *        (besides the township's own reviewers); county-wide items are always reviewed by the county
 * @param emergencyAgencies codes of the agencies authorised to originate emergency broadcasts (应急管理局, 气象局 …)
 */
public record ReviewPolicy(boolean countyReviewsTownshipItems, Set<String> emergencyAgencies) {
    public ReviewPolicy {
        emergencyAgencies = Set.copyOf(emergencyAgencies);
    }
}
