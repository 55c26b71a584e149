package org.gongkai.disclosure;

import java.util.List;

/** One page of a list and the total number of matches. */
public record Page<T>(long total, int page, int size, List<T> items) {
}
