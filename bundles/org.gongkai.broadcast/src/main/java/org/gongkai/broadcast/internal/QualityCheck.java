package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.broadcast.Content;
import org.gongkai.platform.FieldError;

/**
 * 质量关: the automatic checks run on submit — a title and a script, the script's length, the programme's duration
 * (the audio's, or estimated from the script at the announcer's reading speed), and forbidden words.
 */
public final class QualityCheck {
    private final int maxTitleChars;
    private final int maxTextChars;
    private final int maxSeconds;
    private final double charsPerSecond;
    private final ForbiddenWords forbidden;

    /**
     * @param charsPerSecond reading speed used to estimate a script's duration (about 4 characters a second for a
     *        Mandarin announcer)
     */
    public QualityCheck(int maxTitleChars, int maxTextChars, int maxSeconds, double charsPerSecond,
            ForbiddenWords forbidden) {
        this.maxTitleChars = maxTitleChars;
        this.maxTextChars = maxTextChars;
        this.maxSeconds = maxSeconds;
        this.charsPerSecond = charsPerSecond;
        this.forbidden = forbidden;
    }

    /** Every problem found, empty when the content passes. */
    public List<FieldError> check(Content c) {
        List<FieldError> errors = new ArrayList<>();
        String title = c.title() == null ? "" : c.title().strip();
        String text = c.text() == null ? "" : c.text().strip();
        boolean audio = c.audioUrl() != null && !c.audioUrl().isBlank();
        if (title.isEmpty()) {
            errors.add(FieldError.of("title", "请填写标题", "A title is required"));
        } else if (title.codePointCount(0, title.length()) > maxTitleChars) {
            errors.add(FieldError.of("title", "标题不能超过" + maxTitleChars + "个字",
                    "The title must not exceed " + maxTitleChars + " characters"));
        }
        int chars = text.codePointCount(0, text.length());
        if (text.isEmpty() && !audio) {
            errors.add(FieldError.of("text", "请填写播音稿或上传音频", "A script or an audio file is required"));
        } else if (chars > maxTextChars) {
            errors.add(FieldError.of("text", "播音稿" + chars + "字，超过上限" + maxTextChars + "字",
                    "The script has " + chars + " characters, more than the limit of " + maxTextChars));
        }
        if (audio && !c.audioUrl().matches("(?i)https?://\\S+")) {
            errors.add(FieldError.of("audioUrl", "音频地址须为 http(s) 链接", "The audio must be an http(s) URL"));
        }
        int seconds = durationSeconds(c);
        if (seconds > maxSeconds) {
            errors.add(FieldError.of(audio && c.durationSeconds() != null ? "durationSeconds" : "text",
                    "时长约" + seconds + "秒，超过上限" + maxSeconds + "秒",
                    "Duration about " + seconds + " s exceeds the limit of " + maxSeconds + " s"));
        }
        List<String> hits = new ArrayList<>(forbidden.find(title + "\n" + text));
        if (!hits.isEmpty()) {
            String list = String.join("、", hits);
            errors.add(FieldError.of("text", "含有禁用词：" + list, "Contains forbidden words: " + list));
        }
        return errors;
    }

    /** The audio's duration when given, else the script's estimated reading time, rounded up. */
    public int durationSeconds(Content c) {
        if (c.audioUrl() != null && !c.audioUrl().isBlank() && c.durationSeconds() != null) {
            return c.durationSeconds();
        }
        String text = c.text() == null ? "" : c.text().strip();
        return (int) Math.ceil(text.codePointCount(0, text.length()) / charsPerSecond);
    }
}
