package org.gongkai.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks identity numbers: the 18-digit resident identity number with its GB 11643 check digit (also used by the
 * residence permits of Hong Kong, Macao and Taiwan residents and by the 2023 foreign permanent-residence card), the
 * unified social credit code with its GB 32100 check character, and the formats of the mainland travel permits and of
 * passports. Answers null when the number is valid, otherwise the reason in Chinese and English.
 */
public final class IdentityNumbers {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HK_MACAO_PERMIT = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN_PERMIT = Pattern.compile("\\d{8}|\\d{10}[A-Z]?");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");

    private IdentityNumbers() {
    }

    /** The kinds of identity document an applicant may give. */
    public enum Kind {
        RESIDENT_ID("居民身份证", "Resident identity card"),
        HK_MACAO_TAIWAN_RESIDENCE_PERMIT("港澳台居民居住证", "Residence permit for Hong Kong, Macao and Taiwan residents"),
        HK_MACAO_TRAVEL_PERMIT("港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents"),
        TAIWAN_TRAVEL_PERMIT("台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"),
        FOREIGN_PERMANENT_RESIDENCE("外国人永久居留身份证", "Foreign permanent residence ID card"),
        PASSPORT("护照", "Passport"),
        SOCIAL_CREDIT_CODE("统一社会信用代码", "Unified social credit code");

        private final String nameZh;
        private final String nameEn;

        Kind(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** Normalises (trim, upper case) and checks a number; answers null when valid, otherwise why not. */
    public static Message check(Kind kind, String number, LocalDate today) {
        String n = normalise(number);
        if (n.isEmpty()) {
            return Message.of("请填写证件号码", "The document number is required");
        }
        return switch (kind) {
            case RESIDENT_ID -> residentId(n, today, false);
            case HK_MACAO_TAIWAN_RESIDENCE_PERMIT -> n.matches("8[123]0000\\d{12}") || n.matches("8[123]0000\\d{11}X")
                    ? residentId(n, today, true) : Message.of("港澳台居民居住证号码应以 810000、820000 或 830000 开头",
                            "A residence permit number starts with 810000, 820000 or 830000");
            case FOREIGN_PERMANENT_RESIDENCE -> n.matches("9\\d{16}[\\dX]") ? checkDigit(n)
                    : Message.of("外国人永久居留身份证号码应为以 9 开头的 18 位", "Expected 18 characters starting with 9");
            case HK_MACAO_TRAVEL_PERMIT -> HK_MACAO_PERMIT.matcher(n).matches() ? null
                    : Message.of("港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字",
                            "Expected H or M followed by 8 or 10 digits");
            case TAIWAN_TRAVEL_PERMIT -> TAIWAN_PERMIT.matcher(n).matches() ? null
                    : Message.of("台湾居民来往大陆通行证号码应为 8 位数字（旧证 10 位）", "Expected 8 digits (old permits: 10)");
            case PASSPORT -> PASSPORT.matcher(n).matches() ? null
                    : Message.of("护照号码应为 5–17 位字母或数字", "Expected 5–17 letters or digits");
            case SOCIAL_CREDIT_CODE -> socialCreditCode(n);
        };
    }

    public static String normalise(String number) {
        return number == null ? "" : number.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Message residentId(String n, LocalDate today, boolean permit) {
        if (!n.matches("\\d{17}[\\dX]")) {
            return Message.of("身份证号码应为 18 位（最后一位可为 X）", "Expected 18 characters, the last may be X");
        }
        int province = Integer.parseInt(n.substring(0, 2));
        if (!permit && (province < 11 || province > 65)) {
            return Message.of("身份证号码的地区代码无效", "The region part of the number is invalid");
        }
        try {
            LocalDate birth = LocalDate.parse(n.substring(6, 14), BIRTH);
            if (birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                return Message.of("身份证号码中的出生日期无效", "The date of birth in the number is invalid");
            }
        } catch (DateTimeParseException e) {
            return Message.of("身份证号码中的出生日期无效", "The date of birth in the number is invalid");
        }
        return checkDigit(n);
    }

    /** The 18-character resident identity number whose first 17 digits are given (GB 11643 check digit appended). */
    public static String completeResidentId(String first17) {
        return first17 + residentCheck(first17);
    }

    /** The unified social credit code whose first 17 characters are given (GB 32100 check character appended). */
    public static String completeSocialCreditCode(String first17) {
        return first17 + creditCheck(first17);
    }

    private static char residentCheck(String n) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    private static char creditCheck(String n) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(n.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    private static Message checkDigit(String n) {
        return residentCheck(n) == n.charAt(17) ? null
                : Message.of("证件号码校验位不正确，请核对", "The check digit is wrong; please check the number");
    }

    private static Message socialCreditCode(String n) {
        if (n.length() != 18 || n.chars().anyMatch(c -> USCC_CHARS.indexOf(c) < 0)) {
            return Message.of("统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）",
                    "Expected 18 digits or capital letters (not I, O, Z, S, V)");
        }
        return creditCheck(n) == n.charAt(17) ? null
                : Message.of("统一社会信用代码校验位不正确，请核对", "The check character is wrong; please check the code");
    }
}
