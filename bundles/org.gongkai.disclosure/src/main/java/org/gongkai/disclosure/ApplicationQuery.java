package org.gongkai.disclosure;

import java.time.LocalDate;

/** Filters, sort and page of the case list; null fields match everything. */
public record ApplicationQuery(Stage stage, String agencyCode, boolean overdueOnly, LocalDate receivedFrom,
        LocalDate receivedTo, String text, String sort, boolean descending, int page, int size) {
}
