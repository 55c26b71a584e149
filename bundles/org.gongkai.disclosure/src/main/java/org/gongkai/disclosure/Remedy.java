package org.gongkai.disclosure;

import java.time.LocalDate;

/** An administrative reconsideration or lawsuit about a case's reply. */
public record Remedy(long id, RemedyKind kind, LocalDate filedOn, String organ, String caseNumber,
        RemedyResult result, LocalDate decidedOn, String note) {
}
