package org.gongkai.broadcast;

import java.util.List;

/**
 * A routine broadcast as the editor writes it.
 *
 * @param body the written text (文字稿) shown on screens
 * @param script the spoken script (口播稿) that is read out; played by text-to-speech when there is no audio
 * @param category one of the configured categories (栏目)
 */
public record DraftInput(String title, String category, String body, String script, String audioUrl,
        Integer durationSeconds, List<Target> targets) {
    public DraftInput {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
