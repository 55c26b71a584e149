package org.gongkai.disclosure.internal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;

/** Checks catalog entries field by field, reporting every problem at once in Chinese and English. */
public final class CatalogEntries {
    /** Codes are an upper-case topic prefix, a hyphen and a number: {@code LAND-01}, {@code HOUSE-102}. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}-[0-9]{2,4}");
    /** Agency codes as the platform's agency register writes them: {@code LC-GOV}, {@code LC-T-101}. */
    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_-]{2,40}");
    public static final int MAX_TITLE = 100;
    public static final int MAX_ALIAS = 100;
    public static final int MAX_ALIASES = 30;
    public static final int MAX_TOPIC = 50;
    public static final int MAX_TEXT = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private CatalogEntries() {
    }

    /** Every problem with the entry; empty when it may be stored. Never throws. */
    public static List<FieldError> validate(CatalogEntry e) {
        List<FieldError> errors = new ArrayList<>();
        if (e == null) {
            errors.add(FieldError.of("entry", "条目不能为空", "The entry is missing"));
            return errors;
        }
        if (e.code() == null || e.code().isBlank()) {
            errors.add(FieldError.of("code", "必填", "Required"));
        } else if (!CODE.matcher(e.code()).matches()) {
            errors.add(FieldError.of("code", "编码格式应为大写字母、连字符和数字，如 LAND-01",
                    "The code must be capitals, a hyphen and digits, e.g. LAND-01"));
        }
        Inputs.name(errors, "title", e.title(), MAX_TITLE);
        aliases(errors, e.aliases());
        Inputs.name(errors, "topic", e.topic(), MAX_TOPIC);
        if (e.agencyCode() == null || e.agencyCode().isBlank()) {
            errors.add(FieldError.of("agencyCode", "请选择答复义务主体", "Choose the answering agency"));
        } else if (!AGENCY_CODE.matcher(e.agencyCode()).matches()) {
            errors.add(FieldError.of("agencyCode", "机关编码格式不正确", "Invalid agency code"));
        }
        decision(errors, e);
        text(errors, e.standardText());
        return errors;
    }

    /** Throws a {@link org.gongkai.platform.ValidationException} with every field error when the entry is invalid. */
    public static void requireValid(CatalogEntry e) {
        Inputs.check(validate(e));
    }

    private static void aliases(List<FieldError> errors, List<String> aliases) {
        if (aliases.size() > MAX_ALIASES) {
            errors.add(FieldError.of("aliases", "别名最多 " + MAX_ALIASES + " 个", "At most " + MAX_ALIASES + " aliases"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < aliases.size(); i++) {
            String field = "aliases[" + i + "]";
            String a = Inputs.name(errors, field, aliases.get(i), MAX_ALIAS);
            if (a != null && !seen.add(a)) {
                errors.add(FieldError.of(field, "别名重复", "Duplicate alias"));
            }
        }
    }

    private static void decision(List<FieldError> errors, CatalogEntry e) {
        if (e.defaultDecision() == null) {
            errors.add(FieldError.of("defaultDecision", "请选择默认答复类型", "Choose the default decision"));
        } else if (e.defaultDecision().needsGround() && e.defaultGround() == null) {
            errors.add(FieldError.of("defaultGround", "不予公开或部分公开须选择理由",
                    "Withholding needs a ground"));
        } else if (!e.defaultDecision().needsGround() && e.defaultGround() != null) {
            errors.add(FieldError.of("defaultGround", "只有不予公开或部分公开才填写理由",
                    "Only withholding decisions take a ground"));
        }
    }

    private static void text(List<FieldError> errors, String text) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("standardText", "必填", "Required"));
            return;
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            errors.add(FieldError.of("standardText", "不能超过 " + MAX_TEXT + " 个字符",
                    "At most " + MAX_TEXT + " characters"));
        } else if (t.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r')) {
            errors.add(FieldError.of("standardText", "不能包含控制字符", "Must not contain control characters"));
        } else {
            Matcher m = PLACEHOLDER.matcher(t);
            while (m.find()) {
                if (!m.group().equals(CatalogEntry.YEAR) && !m.group().equals(CatalogEntry.PLACE)) {
                    errors.add(FieldError.of("standardText", "只能使用占位符 {year} 和 {place}，不认识 " + m.group(),
                            "Only the placeholders {year} and {place} are known, not " + m.group()));
                    return;
                }
            }
        }
    }
}
