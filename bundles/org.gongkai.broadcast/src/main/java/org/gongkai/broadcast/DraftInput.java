package org.gongkai.broadcast;

import java.util.List;

/**
 * A routine broadcast as the editor writes it.
 *
 * @param body the written text (文字稿) shown on screens
 * @param script the spoken script (口播稿) that is read out; played by text-to-speech when there is no audio
 * @param category one of the configured categories (栏目)
 * @param schedule the daily slot it plays in, or null to play as soon as it is released
 */
public record DraftInput(String title, String category, String body, String script, String audioUrl,
        Integer durationSeconds, List<Target> targets, PlaySchedule schedule) {
    public DraftInput {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A broadcast that plays as soon as it is released. */
    public DraftInput(String title, String category, String body, String script, String audioUrl,
            Integer durationSeconds, List<Target> targets) {
        this(title, category, body, script, audioUrl, durationSeconds, targets, null);
    }
}
