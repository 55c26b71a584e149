package org.gongkai.broadcast.internal.rest;

import java.util.Optional;

/**
 * One byte range of a file of known length, from an HTTP {@code Range} header (RFC 9110 §14): {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n} (the last n bytes). Terminals' players ask for ranges to resume a download or to
 * stream an MP3 from the middle. Multiple ranges and other units are answered with the whole file, which the RFC
 * allows; a range that starts past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last, long length) {

    /** What to answer for a request's Range header against a file of the given length. */
    sealed interface Answer permits Whole, Part, Unsatisfiable {
    }

    /** 200 with the whole file. */
    record Whole() implements Answer {
    }

    /** 206 with the bytes of the range. */
    record Part(ByteRange range) implements Answer {
    }

    /** 416 with {@code Content-Range: bytes *}{@code /length}. */
    record Unsatisfiable(long length) implements Answer {
    }

    static Answer of(String header, long length) {
        if (header == null || header.isBlank()) {
            return new Whole();
        }
        String h = header.trim();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = h.substring(6).trim();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String fromText = spec.substring(0, dash).trim();
        String toText = spec.substring(dash + 1).trim();
        Optional<Long> from = number(fromText);
        Optional<Long> to = number(toText);
        if ((!fromText.isEmpty() && from.isEmpty()) || (!toText.isEmpty() && to.isEmpty())) {
            return new Whole(); // not a valid range: ignore the header
        }
        if (from.isEmpty()) { // suffix: the last n bytes
            if (to.isEmpty()) {
                return new Whole();
            }
            if (to.get() == 0 || length == 0) {
                return new Unsatisfiable(length);
            }
            long n = Math.min(to.get(), length);
            return new Part(new ByteRange(length - n, length - 1, length));
        }
        long first = from.get();
        if (to.isPresent() && to.get() < first) {
            return new Whole();
        }
        if (first >= length) {
            return new Unsatisfiable(length);
        }
        long last = to.map(t -> Math.min(t, length - 1)).orElse(length - 1);
        return new Part(new ByteRange(first, last, length));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }

    long size() {
        return last - first + 1;
    }

    /** The Content-Range header value. */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + length;
    }
}
