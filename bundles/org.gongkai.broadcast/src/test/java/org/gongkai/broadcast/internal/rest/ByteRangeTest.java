package org.gongkai.broadcast.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange part(String header, long length) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.of(header, length)).range();
    }

    @Test
    void noHeaderOrAnotherUnitGetsTheWholeFile() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(" ", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("items=0-5", 100));
    }

    @Test
    void aClosedRangeIsServedAndClippedToTheEnd() {
        ByteRange r = part("bytes=10-19", 100);
        assertEquals(10, r.first());
        assertEquals(19, r.last());
        assertEquals(10, r.size());
        assertEquals("bytes 10-19/100", r.contentRange());
        assertEquals("bytes 90-99/100", part("bytes=90-500", 100).contentRange());
    }

    @Test
    void anOpenRangeRunsToTheEndAndASuffixTakesTheLastBytes() {
        assertEquals("bytes 40-99/100", part("Bytes=40-", 100).contentRange());
        assertEquals("bytes 80-99/100", part("bytes=-20", 100).contentRange());
        assertEquals("bytes 0-99/100", part("bytes=-500", 100).contentRange());
    }

    @Test
    void aRangePastTheEndIsUnsatisfiable() {
        assertEquals(100, assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=100-", 100)).length());
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", 100));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=0-", 0));
    }

    @Test
    void malformedOrMultipleRangesAreIgnored() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=20-10", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=a-b", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-6", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=-", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=99999999999999999999-", 100));
    }
}
