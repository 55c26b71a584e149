package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Masking of names, identity numbers and phone numbers for lists and exports. */
class PersonalDataTest {

    // ---- names ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"魏明, 魏*", "欧阳娜娜, 欧***", "张三丰, 张**", "司马相如, 司***", "Li, L*", "Anna, A***"})
    void aNameKeepsItsFirstCharacterAndMasksOneStarPerRemainingCharacter(String name, String masked) {
        assertEquals(masked, PersonalData.maskName(name));
    }

    @Test
    void aSingleCharacterNameStillGetsOneStar() {
        // otherwise the masked value would be the full name
        assertEquals("魏*", PersonalData.maskName("魏"));
        assertEquals("A*", PersonalData.maskName("A"));
    }

    @Test
    void surroundingWhitespaceIsTrimmedBeforeMasking() {
        assertEquals("魏*", PersonalData.maskName("  魏明 "));
        assertEquals("欧***", PersonalData.maskName("\u3000欧阳娜娜\t"));
    }

    @Test
    void aSupplementaryFirstCharacterIsKeptWhole() {
        // 𠀋 (U+2000B, CJK Extension B, found in real names) and an emoji are surrogate pairs in UTF-16
        String ext = new String(Character.toChars(0x2000B));
        String emoji = new String(Character.toChars(0x1F600));
        assertEquals(2, ext.length());

        String masked = PersonalData.maskName(ext + "明");
        assertEquals(ext + "*", masked);
        assertEquals(0x2000B, masked.codePointAt(0));
        assertEquals(emoji + "**", PersonalData.maskName(emoji + "小明"));
        assertEquals(emoji + "*", PersonalData.maskName(emoji));
        // the rest is counted in code points, not in UTF-16 units: a supplementary character is one star
        assertEquals("魏**", PersonalData.maskName("魏" + emoji + ext));
        assertNoLoneSurrogates(PersonalData.maskName(emoji + emoji + emoji));
        assertEquals(emoji + "**", PersonalData.maskName(emoji + emoji + emoji));
    }

    private static void assertNoLoneSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), s);
                i++;
            } else {
                assertTrue(!Character.isLowSurrogate(c), s);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n"})
    void blankNamesAreReturnedAsTheyAre(String name) {
        assertSame(name, PersonalData.maskName(name));
    }

    @Test
    void nullIsReturnedAsIs() {
        assertNull(PersonalData.maskName(null));
        assertNull(PersonalData.maskIdentity(null));
        assertNull(PersonalData.maskPhone(null));
    }

    // ---- identity numbers ----------------------------------------------------------------------------------------

    @Test
    void anIdentityNumberKeepsItsFirstAndLastFourCharacters() {
        assertEquals("4503**********1234", PersonalData.maskIdentity("450323199001011234"));
        assertEquals("1101**********002X", PersonalData.maskIdentity("11010519491231002X"));
        assertEquals("4503**********1234", PersonalData.maskIdentity("  450323199001011234 "));
        // the masked value has the original length
        assertEquals(18, PersonalData.maskIdentity("450323199001011234").length());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // 15 characters or more: first and last four
            "91350100M000100Y43, 9135**********0Y43",
            // passports and travel permits (6-14): the first character and the last two, so most stays hidden
            "E12345678, E******78",
            "H1234567890, H********90",
            "12345678, 1*****78",
            // shorter than six: nothing shows
            "E1234, *****",
            "AB, **"})
    void otherAndShortNumbers(String number, String masked) {
        assertEquals(masked, PersonalData.maskIdentity(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIdentityNumbersAreReturnedAsTheyAre(String number) {
        assertSame(number, PersonalData.maskIdentity(number));
    }

    // ---- phone numbers -------------------------------------------------------------------------------------------

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
        assertEquals("138****5678", PersonalData.maskPhone("  13812345678  "));
        assertEquals("138****5678", PersonalData.maskPhone("\t13812345678\n"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // a landline with area code: still the first three and last four
            "077312345678, 077*****5678",
            "0773-1234567, 077*****4567",
            // a local number without area code: only the last four digits show
            "88881234, ****1234",
            "1234567, ***4567"})
    void longerAndShorterPhoneNumbers(String phone, String masked) {
        assertEquals(masked, PersonalData.maskPhone(phone));
    }

    @ParameterizedTest(name = "{0} is masked completely")
    @ValueSource(strings = {"123456", "12345", "110", "1"})
    void shortNumbersAreMaskedCompletely(String phone) {
        assertEquals("*".repeat(phone.length()), PersonalData.maskPhone(phone));
    }

    @Test
    void aShortNumberIsMaskedCompletelyAfterTrimming() {
        assertEquals("***", PersonalData.maskPhone("  110  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankPhoneNumbersAreReturnedAsTheyAre(String phone) {
        assertSame(phone, PersonalData.maskPhone(phone));
    }
}
