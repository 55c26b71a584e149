package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.gongkai.platform.IdentityNumbers.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identity numbers, with every check digit computed here by an implementation of the standards written independently
 * of the product code.
 */
class IdentityNumbersTest {
    /** A fixed "today": 2026-03-02. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    // ---- independent reference implementations ---------------------------------------------------------------------

    /**
     * GB 11643-1999 check digit of an 18-character resident identity number: multiply the 17 leading digits by the
     * weights 2^(18-i) mod 11 for position i = 1..17, i.e. 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the sum mod 11 selects
     * the check character from "10X98765432" (sum mod 11 = 0 → '1', 1 → '0', 2 → 'X', 3 → '9', ... 10 → '2').
     */
    static char gb11643(String first17) {
        assertEquals(17, first17.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            // weight of position i (1-based, from the left) is 2^(17 - i) mod 11 for 0-based i
            int weight = 1;
            for (int k = 0; k < 17 - i; k++) {
                weight = weight * 2 % 11;
            }
            sum += Character.digit(first17.charAt(i), 10) * weight;
        }
        return "10X98765432".charAt(sum % 11);
    }

    static String withIdCheck(String first17) {
        return first17 + gb11643(first17);
    }

    /**
     * GB 32100-2015 check character of a unified social credit code: the 31-character set 0-9 A-H J-N P-R T U W X Y
     * (no I O Z S V) gives each character its value 0..30; the 17 leading values are weighted by 3^(i) mod 31
     * (1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28); the check value is (31 - sum mod 31) mod 31.
     */
    static char gb32100(String first17) {
        String charset = "0123456789" + "ABCDEFGH" + "JKLMN" + "PQR" + "T" + "U" + "W" + "X" + "Y";
        assertEquals(31, charset.length());
        assertEquals(17, first17.length());
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = charset.indexOf(first17.charAt(i));
            assertNotEquals(-1, value, () -> "not in the GB 32100 charset: " + first17);
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return charset.charAt((31 - sum % 31) % 31);
    }

    static String withUsccCheck(String first17) {
        return first17 + gb32100(first17);
    }

    /** A different (wrong) character of the same alphabet in place of the last one. */
    private static String wrongLast(String number, String alphabet) {
        char last = number.charAt(number.length() - 1);
        char other = alphabet.charAt((alphabet.indexOf(last) + 1) % alphabet.length());
        return number.substring(0, number.length() - 1) + other;
    }

    private static void valid(Kind kind, String number) {
        assertNull(IdentityNumbers.check(kind, number, TODAY), () -> kind + " " + number + " should be valid");
    }

    private static Message invalid(Kind kind, String number) {
        Message m = IdentityNumbers.check(kind, number, TODAY);
        assertNotNull(m, () -> kind + " " + number + " should be rejected");
        assertFalse(m.zh().isBlank(), "zh message");
        assertFalse(m.en().isBlank(), "en message");
        return m;
    }

    // ---- the reference implementations themselves ------------------------------------------------------------------

    @Test
    void referenceImplementationsAgreeWithKnownPublishedNumbers() {
        // the sample number printed in GB 11643 explanations: 110105 (Beijing Chaoyang) 19491231 002 X
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 → 'X'
        assertEquals('X', gb11643("11010519491231002"));
        // a published unified social credit code: 9 1 350100 M000100Y4 + check 3
        assertEquals('3', gb32100("91350100M000100Y4"));
    }

    // ---- resident identity number --------------------------------------------------------------------------------

    @Test
    void theWellKnownSampleNumberIsValid() {
        valid(Kind.RESIDENT_ID, "11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"45032319900101123", "44030419900101001", "11010119800307001", "65010220000229004",
            "11010519000101001", "32058319991231999", "11010520260302001"})
    void computedNumbersAreValid(String first17) {
        // includes 2000-02-29 (a leap day), 1900-01-01 (earliest accepted) and today's date as the birth date
        valid(Kind.RESIDENT_ID, withIdCheck(first17));
    }

    @Test
    void numbersEndingInXAreValid() {
        // find several 17-digit prefixes whose check digit is X, and check each one
        int found = 0;
        for (int seq = 0; seq < 1000 && found < 5; seq++) {
            String first17 = "45032319850615" + String.format("%03d", seq);
            if (gb11643(first17) == 'X') {
                found++;
                valid(Kind.RESIDENT_ID, first17 + "X");
            }
        }
        assertEquals(5, found);
    }

    @Test
    void lowerCaseXIsAcceptedAfterNormalisation() {
        valid(Kind.RESIDENT_ID, "11010519491231002x");
        assertEquals("11010519491231002X", IdentityNumbers.normalise("11010519491231002x"));
    }

    @Test
    void spacesAreTrimmed() {
        valid(Kind.RESIDENT_ID, "  11010519491231002X  ");
        valid(Kind.RESIDENT_ID, "\t11010519491231002X\n");
        valid(Kind.RESIDENT_ID, "110105 19491231 002X");
        assertEquals("11010519491231002X", IdentityNumbers.normalise(" 110105 19491231 002x "));
    }

    @Test
    void everyWrongCheckDigitIsRejected() {
        String first17 = "11010519491231002";
        for (char c : "0123456789X".toCharArray()) {
            if (c != 'X') {
                invalid(Kind.RESIDENT_ID, first17 + c);
            }
        }
        invalid(Kind.RESIDENT_ID, "450323199001011235");
        invalid(Kind.RESIDENT_ID, wrongLast(withIdCheck("44030419900101001"), "0123456789X"));
    }

    @Test
    void swappedDigitsAreRejected() {
        // 11010519491231002X with two adjacent (different) sequence digits swapped: 002 → 020
        String swapped = "11010519491231020X";
        assertNotEquals('X', gb11643(swapped.substring(0, 17)));
        invalid(Kind.RESIDENT_ID, swapped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519990230001", "11010519990229001", "11010519991301001", "11010519990100001",
            "11010519990431001", "11010519000229001"})
    void impossibleBirthDatesAreRejectedEvenWithACorrectCheckDigit(String first17) {
        // 1999-02-30, 1999-02-29 (1999 is no leap year), month 13, day 00, 31 April, 1900-02-29 (1900 is no leap year)
        invalid(Kind.RESIDENT_ID, withIdCheck(first17));
    }

    @Test
    void futureBirthDatesAreRejected() {
        invalid(Kind.RESIDENT_ID, withIdCheck("11010520260303001")); // tomorrow
        invalid(Kind.RESIDENT_ID, withIdCheck("11010520300101001"));
        // but the same number is fine once that day has come
        assertNull(IdentityNumbers.check(Kind.RESIDENT_ID, withIdCheck("11010520260303001"), LocalDate.of(2026, 3, 3)));
    }

    @Test
    void birthDatesBefore1900AreRejected() {
        invalid(Kind.RESIDENT_ID, withIdCheck("11010518991231001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "1101051949123100XX", "11010519491231002Y",
            "A1010519491231002X", "110105194912310O2X", "1101051949-1231002X"})
    void wrongLengthsAndCharactersAreRejected(String number) {
        // 17 and 19 characters, X not in last place, other letters, punctuation
        invalid(Kind.RESIDENT_ID, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99010519491231002", "00010519491231002", "10010519491231002", "66010519491231002",
            "81000019900101001"})
    void badProvinceCodesAreRejectedEvenWithACorrectCheckDigit(String first17) {
        invalid(Kind.RESIDENT_ID, withIdCheck(first17));
    }

    @Test
    void theFirstAndLastProvinceCodesAreAccepted() {
        valid(Kind.RESIDENT_ID, withIdCheck("11010119800101001")); // 11 Beijing
        valid(Kind.RESIDENT_ID, withIdCheck("65010219800101001")); // 65 Xinjiang
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyNumberIsRequiredForEveryKind(String number) {
        for (Kind kind : Kind.values()) {
            invalid(kind, number);
        }
        for (Kind kind : Kind.values()) {
            invalid(kind, null);
        }
    }

    // ---- unified social credit code ------------------------------------------------------------------------------

    @Test
    void aRealPublishedSocialCreditCodeIsValid() {
        valid(Kind.SOCIAL_CREDIT_CODE, "91350100M000100Y43");
        valid(Kind.SOCIAL_CREDIT_CODE, " 91350100m000100y43 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91110108MA01ABCD1", "12450323000000000", "11100000000013127",
            "52450300MJ0000000", "93450323MA5KXYWQ0", "Y1450000PQRTUWXY0", "00000000000000000"})
    void computedSocialCreditCodesAreValid(String first17) {
        valid(Kind.SOCIAL_CREDIT_CODE, withUsccCheck(first17));
    }

    @Test
    void codesWithEveryPossibleCheckCharacterAreValid() {
        // vary one character until all 31 check characters have been produced and accepted
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                String first17 = "9145032" + a + "MA" + b + "000000";
                String code = withUsccCheck(first17);
                seen.add(code.charAt(17));
                valid(Kind.SOCIAL_CREDIT_CODE, code);
            }
        }
        assertEquals(31, seen.size());
    }

    @Test
    void aWrongCheckCharacterIsRejected() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (char c : alphabet.toCharArray()) {
            if (c != '3') {
                invalid(Kind.SOCIAL_CREDIT_CODE, "91350100M000100Y4" + c);
            }
        }
        invalid(Kind.SOCIAL_CREDIT_CODE, wrongLast(withUsccCheck("91110108MA01ABCD1"), alphabet));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void theLettersIOZSVAreRejected(char letter) {
        // in the body
        invalid(Kind.SOCIAL_CREDIT_CODE, "91350100" + letter + "000100Y43");
        // and as the check character
        invalid(Kind.SOCIAL_CREDIT_CODE, "91350100M000100Y4" + letter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y430", "9135", "91350100M000100Y-3"})
    void wrongLengthsAreRejected(String code) {
        invalid(Kind.SOCIAL_CREDIT_CODE, code);
    }

    // ---- permits and passports -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"H12345678", "M12345678", "H1234567890", "M1234567890", "h12345678"})
    void hongKongMacaoTravelPermitsInTheirFormatAreAccepted(String number) {
        valid(Kind.HK_MACAO_TRAVEL_PERMIT, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X12345678", "H1234567", "H123456789", "H123456789012", "12345678", "HH2345678"})
    void otherHongKongMacaoTravelPermitsAreRejected(String number) {
        invalid(Kind.HK_MACAO_TRAVEL_PERMIT, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "1234567890B"})
    void taiwanTravelPermitsInTheirFormatAreAccepted(String number) {
        valid(Kind.TAIWAN_TRAVEL_PERMIT, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "T12345678", "12345678A"})
    void otherTaiwanTravelPermitsAreRejected(String number) {
        invalid(Kind.TAIWAN_TRAVEL_PERMIT, number);
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsAreAccepted() {
        // 810000 (Hong Kong) / 820000 (Macao) / 830000 (Taiwan) + birth date + sequence + GB 11643 check digit
        valid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("81000019900101001"));
        valid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("82000019851231002"));
        valid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("83000020000229003"));
        // one ending in X, lower case
        int found = 0;
        for (int seq = 0; seq < 1000 && found == 0; seq++) {
            String first17 = "81000019900101" + String.format("%03d", seq);
            if (gb11643(first17) == 'X') {
                found++;
                valid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, first17 + "x");
            }
        }
        assertEquals(1, found);
    }

    @Test
    void otherResidencePermitsAreRejected() {
        // a valid mainland resident ID is not a residence permit number
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, "11010519491231002X");
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("11000019900101001"));
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("84000019900101001"));
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("81010019900101001"));
        // wrong check digit, impossible and future birth dates
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, wrongLast(withIdCheck("81000019900101001"), "0123456789X"));
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("81000019990230001"));
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, withIdCheck("81000020300101001"));
        // 17 characters
        invalid(Kind.HK_MACAO_TAIWAN_RESIDENCE_PERMIT, "81000019900101001");
    }

    @Test
    void foreignPermanentResidenceCardsStartWith9AndCarryAGb11643CheckDigit() {
        valid(Kind.FOREIGN_PERMANENT_RESIDENCE, withIdCheck("91560000000000001"));
        valid(Kind.FOREIGN_PERMANENT_RESIDENCE, withIdCheck("93400019800505123"));
        String wrong = wrongLast(withIdCheck("91560000000000001"), "0123456789X");
        invalid(Kind.FOREIGN_PERMANENT_RESIDENCE, wrong);
        // not starting with 9, or not 18 characters
        invalid(Kind.FOREIGN_PERMANENT_RESIDENCE, "11010519491231002X");
        invalid(Kind.FOREIGN_PERMANENT_RESIDENCE, withIdCheck("91560000000000001").substring(1));
        invalid(Kind.FOREIGN_PERMANENT_RESIDENCE, withIdCheck("91560000000000001") + "0");
        invalid(Kind.FOREIGN_PERMANENT_RESIDENCE, "USA123456789012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "E1234", "G12345678", "EA1234567", "123456789", "P1234567890123456", "e12345678"})
    void passportsOf5To17LettersOrDigitsAreAccepted(String number) {
        valid(Kind.PASSPORT, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1", "E123", "E-1234567", "E1234567/8", "P12345678901234567", "護照12345"})
    void otherPassportNumbersAreRejected(String number) {
        invalid(Kind.PASSPORT, number);
    }

    @Test
    void everyKindHasAChineseAndAnEnglishName() {
        for (Kind kind : Kind.values()) {
            assertFalse(kind.nameZh().isBlank(), kind::name);
            assertFalse(kind.nameEn().isBlank(), kind::name);
        }
    }
}
