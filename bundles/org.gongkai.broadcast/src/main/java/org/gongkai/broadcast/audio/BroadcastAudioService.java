package org.gongkai.broadcast.audio;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gongkai.platform.security.Actor;

/**
 * The audio of broadcasts for staff: uploaded recordings and synthesised speech, which of them plays, and the files
 * themselves. Changes are allowed on drafts, by those who may edit the draft; each is audited.
 */
public interface BroadcastAudioService {

    /** The speech synthesiser in use and whether it is available. */
    SpeechStatus speech();

    /** The audio of a broadcast the actor can see, newest first. */
    List<AudioInfo> list(Actor actor, String broadcastId);

    /**
     * Stores a recording (WAV or MP3, checked by content, size and duration) for a draft.
     *
     * @param label what it is, e.g. 灵川话; required
     * @param data the file; read up to the configured size limit
     */
    AudioInfo upload(Actor actor, String broadcastId, String label, InputStream data);

    /** Speaks the draft's script with the synthesiser in use; completes when the audio is stored. */
    CompletableFuture<AudioInfo> synthesize(Actor actor, String broadcastId);

    /** Chooses the audio that plays (null = automatic: the current synthesised speech); returns the new list. */
    List<AudioInfo> choose(Actor actor, String broadcastId, String audioId);

    /** Removes an audio file of a draft. */
    void delete(Actor actor, String broadcastId, String audioId);

    /** The file, for staff who can see its broadcast. */
    AudioFile open(Actor actor, String audioId);

    /** The file, for a terminal holding a signed link that has not expired; not found otherwise. */
    AudioFile openSigned(String audioId, String expires, String signature);
}
