package org.gongkai.broadcast.internal;

import org.gongkai.broadcast.Broadcast;
import org.gongkai.platform.security.Actor;

/**
 * What the review chain and delivery need from the stored audio ({@link AudioDesk}): the audio a broadcast plays and
 * its duration, and a nudge to synthesise speech once a script is submitted. {@link #NONE} keeps the written
 * content as it is (no stored audio).
 */
interface AudioSource {
    AudioSource NONE = new AudioSource() {
    };

    /** The URL terminals get for the broadcast's audio, or null for text only. */
    default String audioUrl(Broadcast b) {
        return b.content().audioUrl();
    }

    /** The broadcast with the audio that plays (URL and measured duration) in its content, for the quality check. */
    default Broadcast withPlayedAudio(Broadcast b) {
        return b;
    }

    /** The script was submitted (or an emergency issued): synthesise speech for it in the background if needed. */
    default void submitted(Actor actor, Broadcast b) {
    }
}
