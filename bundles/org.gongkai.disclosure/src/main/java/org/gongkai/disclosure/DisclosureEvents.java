package org.gongkai.disclosure;

/** EventAdmin topics of the disclosure capability; payloads carry application numbers, never entities. */
public final class DisclosureEvents {
    /** Posted by the daily job with property {@link #NUMBERS} (String[]) when cases have passed their reply date. */
    public static final String OVERDUE = "org/gongkai/disclosure/OVERDUE";
    public static final String NUMBERS = "numbers";

    private DisclosureEvents() {
    }
}
