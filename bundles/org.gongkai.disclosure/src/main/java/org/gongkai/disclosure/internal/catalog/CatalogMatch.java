package org.gongkai.disclosure.internal.catalog;

/**
 * A catalog entry suggested for a requested item.
 *
 * @param entry     the suggested entry
 * @param score     similarity in 0..1 (1 only when the normalised wordings are identical)
 * @param matchedOn the entry's title or alias, as written in the catalog, that scored best
 */
public record CatalogMatch(CatalogEntry entry, double score, String matchedOn) {
}
