package org.gongkai.delegation;

import java.util.List;

/**
 * A zone the office could delegate a case to, with why: the matches found and their weight. A suggestion only; the
 * office confirms it or forwards the case by hand.
 */
public record Suggestion(String zoneCode, String zoneName, int score, List<String> reasons) {
}
