package org.gongkai.disclosure.internal.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * One commonly requested item of the high-frequency reply catalog (高频申请事项目录): what citizens ask for, which
 * agency answers it (答复义务主体), the usual decision and the standard reply paragraph. Check it with
 * {@link CatalogEntries#validate(CatalogEntry)} before storing it.
 *
 * @param code            stable key such as {@code LAND-01}
 * @param title           the item's official name, e.g. 征收土地公告
 * @param aliases         other wordings citizens use (never null; may be empty)
 * @param topic           the subject area, e.g. 土地征收
 * @param agencyCode      the agency that answers, e.g. {@code LC-ZRZYJ}
 * @param defaultDecision the decision usually taken
 * @param defaultGround   the ground when {@link Decision#needsGround()}, otherwise null
 * @param standardText    the standard reply paragraph; may contain the placeholders {@code {year}} and {@code {place}}
 * @param active          whether the entry is offered to handlers
 */
public record CatalogEntry(String code, String title, List<String> aliases, String topic, String agencyCode,
        Decision defaultDecision, Ground defaultGround, String standardText, boolean active) {
    /** Placeholder for the year the applicant names (free text). */
    public static final String YEAR = "{year}";
    /** Placeholder for the place the applicant names, e.g. a village (free text). */
    public static final String PLACE = "{place}";
    /** What a placeholder becomes when the handler has not given its value: a blank to fill in by hand. */
    static final String BLANK = "____";

    public CatalogEntry {
        // an unmodifiable copy that keeps null elements, so validate() can report them instead of a constructor NPE
        aliases = aliases == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(aliases));
    }

    /**
     * The standard text with {@code {year}} and {@code {place}} replaced; a null or blank value leaves a blank line
     * ({@value #BLANK}) for the handler to fill in.
     */
    public String replyText(String year, String place) {
        if (standardText == null) {
            return "";
        }
        return standardText.replace(YEAR, fill(year)).replace(PLACE, fill(place));
    }

    private static String fill(String value) {
        return value == null || value.isBlank() ? BLANK : value.strip();
    }
}
