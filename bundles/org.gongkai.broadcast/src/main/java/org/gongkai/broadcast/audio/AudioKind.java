package org.gongkai.broadcast.audio;

/** Where a broadcast's audio came from. */
public enum AudioKind {
    /** Spoken by the speech synthesiser from the script (口播稿). */
    SYNTHESIZED,
    /** A recording uploaded by staff, e.g. a dialect version (方言版本). */
    UPLOADED
}
