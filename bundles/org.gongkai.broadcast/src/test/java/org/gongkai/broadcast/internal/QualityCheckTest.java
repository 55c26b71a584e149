package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.broadcast.Content;
import org.gongkai.platform.FieldError;
import org.junit.jupiter.api.Test;

class QualityCheckTest {
    private final QualityCheck check = Fixtures.quality();

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aNormalScriptPasses() {
        assertEquals(List.of(), check.check(new Content("医保缴费提醒", "2027年度城乡居民医保开始缴费，请于12月31日前缴纳。", null,
                null)));
    }

    @Test
    void titleAndScriptOrAudioAreRequired() {
        assertEquals(List.of("title", "text"), fields(check.check(new Content(" ", "", null, null))));
        assertEquals(List.of(), check.check(new Content("录音", null, "https://cdn.example/a.mp3", 30)));
    }

    @Test
    void scriptLongerThanTheLimitIsRejectedWithItsLength() {
        List<FieldError> e = check.check(new Content("长稿", "字".repeat(1501), null, null));
        assertEquals("text", e.get(0).field());
        assertTrue(e.get(0).zh().contains("1501"), e.get(0).zh());
    }

    @Test
    void durationIsTheAudiosOrEstimatedFromTheScript() {
        assertEquals(3, check.durationSeconds(new Content("t", "十个字十个字十个字十", null, null))); // 10 / 4 = 2.5 → 3
        assertEquals(700, check.durationSeconds(new Content("t", "短", "https://x/a.mp3", 700)));
        assertEquals(List.of("durationSeconds"), fields(check.check(new Content("t", "短", "https://x/a.mp3", 700))));
        // 1,500 characters fit the length limit but at 4 per second take 375 s; 601 s of audio do not fit
        assertEquals(List.of(), check.check(new Content("t", "字".repeat(1500), null, null)));
    }

    @Test
    void audioMustBeAnHttpUrl() {
        assertEquals(List.of("audioUrl"), fields(check.check(new Content("t", "x", "file:///etc/passwd", 3))));
    }

    @Test
    void forbiddenWordsInTitleOrScriptAreNamed() {
        List<FieldError> e = check.check(new Content("六合彩开奖", "欢迎参加", null, null));
        assertEquals(1, e.size());
        assertTrue(e.get(0).zh().contains("六合彩") && e.get(0).en().contains("六合彩"), e.get(0).toString());
    }
}
