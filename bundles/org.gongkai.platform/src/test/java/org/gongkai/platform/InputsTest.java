package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared check of short names and titles. */
class InputsTest {

    private static String accepted(String value, int max) {
        List<FieldError> errors = new ArrayList<>();
        String v = Inputs.name(errors, "title", value, max);
        assertEquals(List.of(), errors, () -> "errors for " + value);
        return v;
    }

    private static FieldError rejected(String value, int max) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(Inputs.name(errors, "title", value, max), () -> "should reject " + value);
        assertEquals(1, errors.size());
        assertEquals("title", errors.get(0).field());
        return errors.get(0);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t \n", "\u3000"})
    void aBlankValueIsRequired(String value) {
        FieldError e = rejected(value, 10);
        assertEquals("必填", e.zh());
        assertEquals("Required", e.en());
    }

    @Test
    void emojiAndTraditionalCharactersAreAcceptedAndTrimmed() {
        assertEquals("臺灣測試😀", accepted("  臺灣測試😀 ", 5));
        assertEquals("灵川县人民政府办公室（政务公开办）", accepted("灵川县人民政府办公室（政务公开办）", 100));
        assertEquals("A & B \"quoted\" 'x'", accepted("A & B \"quoted\" 'x'", 100));
    }

    @Test
    void theLengthIsCountedInCharactersNotUtf16Units() {
        String fiveEmoji = "😀😁😂🤣😃"; // 10 UTF-16 units, 5 characters
        assertEquals(fiveEmoji, accepted(fiveEmoji, 5));
        FieldError e = rejected(fiveEmoji + "😄", 5);
        assertTrue(e.en().contains("5"), e.en());
        assertEquals("a".repeat(50), accepted("a".repeat(50), 50));
        rejected("a".repeat(51), 50);
        rejected("測".repeat(51), 50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a < b", "b > a", "<", "<b>粗体</b>"})
    void markupCharactersAreRejected(String value) {
        assertTrue(rejected(value, 100).en().contains("<"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\u0000b", "a\u0001b", "bell\u0007", "esc\u001B[31m", "del\u007F"})
    void controlCharactersAndLineBreaksAreRejected(String value) {
        assertTrue(rejected(value, 100).en().contains("control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"carriage\rreturn", "tab\tinside", "next\u0085line", "csi\u009B31m"})
    void everyOtherControlCharacterAndLineBreakIsRejectedToo(String value) {
        assertTrue(rejected(value, 100).en().contains("control"));
    }

    @Test
    void checkThrowsAValidationExceptionWithAllErrors() {
        List<FieldError> errors = new ArrayList<>();
        Inputs.check(errors);
        Inputs.name(errors, "name", "", 10);
        Inputs.name(errors, "title", "<x>", 10);
        ValidationException e = assertThrows(ValidationException.class, () -> Inputs.check(errors));
        assertEquals(List.of("name", "title"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("VALIDATION", e.code());
    }
}
