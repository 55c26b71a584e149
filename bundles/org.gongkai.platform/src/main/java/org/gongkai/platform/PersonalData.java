package org.gongkai.platform;

/**
 * Masks personal data for lists and exports, the same way in every capability: names keep their first character
 * (魏*), identity numbers their first and last four characters (4503**********1234), phone numbers their first three
 * and last four digits (138****5678). A full view of the data is audited by the capability that shows it.
 */
public final class PersonalData {
    private PersonalData() {
    }

    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    public static String maskIdentity(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String n = number.strip();
        if (n.length() >= 15) {
            return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
        }
        if (n.length() >= 6) {
            // passports and permits: keep only the first character and the last two
            return n.charAt(0) + "*".repeat(n.length() - 3) + n.substring(n.length() - 2);
        }
        return "*".repeat(n.length());
    }

    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        if (p.length() >= 7) {
            // landlines: only the last four digits stay visible
            return "*".repeat(p.length() - 4) + p.substring(p.length() - 4);
        }
        return "*".repeat(p.length());
    }
}
