package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.Message;

/** Checks an application's Art. 29 contents field by field; all problems are reported together. */
final class ApplicationValidator {
    static final int MAX_ITEMS = 50;
    static final int MAX_DESCRIPTION = 2000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]{1,190}\\.[^@\\s<>]{2,}");

    private ApplicationValidator() {
    }

    /** The normalised identity number when everything is valid; otherwise throws with every field error. */
    static String validate(NewApplication a, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (a.channel() == null) {
            errors.add(FieldError.of("channel", "请选择申请方式", "Choose the channel"));
        }
        if (a.applicantType() == null) {
            errors.add(FieldError.of("applicantType", "请选择申请人类型", "Choose the applicant type"));
        }
        Inputs.name(errors, "applicantName", a.applicantName(), 100);
        IdentityNumbers.Kind kind = null;
        try {
            kind = a.idKind() == null ? null : IdentityNumbers.Kind.valueOf(a.idKind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        String idNumber = null;
        if (kind == null) {
            errors.add(FieldError.of("idKind", "请选择证件类型", "Choose the identity document"));
        } else {
            Message problem = IdentityNumbers.check(kind, a.idNumber(), today);
            if (problem != null) {
                errors.add(FieldError.of("idNumber", problem.zh(), problem.en()));
            } else {
                idNumber = IdentityNumbers.normalise(a.idNumber());
            }
        }
        boolean phone = a.phone() != null && !a.phone().isBlank();
        boolean email = a.email() != null && !a.email().isBlank();
        boolean address = a.address() != null && !a.address().isBlank();
        if (!phone && !email && !address) {
            errors.add(FieldError.of("phone", "请至少填写一种联系方式（第二十九条）", "Give at least one way to contact the applicant (Art. 29)"));
        }
        if (phone && !PHONE.matcher(a.phone().strip()).matches()) {
            errors.add(FieldError.of("phone", "电话号码格式不正确", "Invalid phone number"));
        }
        if (email && !EMAIL.matcher(a.email().strip()).matches()) {
            errors.add(FieldError.of("email", "电子邮箱格式不正确", "Invalid e-mail address"));
        }
        if (address) {
            Inputs.name(errors, "address", a.address(), 200);
        }
        Inputs.name(errors, "title", a.title(), 200);
        if (a.items() == null || a.items().isEmpty()) {
            errors.add(FieldError.of("items", "请至少填写一项所需信息（名称、文号或能够特定的描述）",
                    "Describe at least one piece of information requested"));
        } else if (a.items().size() > MAX_ITEMS) {
            errors.add(FieldError.of("items", "一次申请最多 " + MAX_ITEMS + " 项", "At most " + MAX_ITEMS + " items"));
        } else {
            for (int i = 0; i < a.items().size(); i++) {
                String d = a.items().get(i) == null ? null : a.items().get(i).description();
                String field = "items[" + i + "].description";
                if (d == null || d.isBlank()) {
                    errors.add(FieldError.of(field, "请描述所需信息", "Describe the information"));
                } else if (d.strip().codePointCount(0, d.strip().length()) > MAX_DESCRIPTION) {
                    errors.add(FieldError.of(field, "描述不能超过 " + MAX_DESCRIPTION + " 个字符",
                            "At most " + MAX_DESCRIPTION + " characters"));
                } else if (d.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r')) {
                    errors.add(FieldError.of(field, "描述含有控制字符", "The description contains control characters"));
                }
            }
        }
        if (a.form() == null) {
            errors.add(FieldError.of("form", "请选择所需信息的形式", "Choose the form of the information"));
        }
        if (a.receiveBy() == null) {
            errors.add(FieldError.of("receiveBy", "请选择获取信息的方式", "Choose how to receive it"));
        }
        if (a.agencyCode() == null || a.agencyCode().isBlank()) {
            errors.add(FieldError.of("agencyCode", "请选择受理机关", "Choose the handling agency"));
        }
        if (a.requestKey() != null && (a.requestKey().length() > 64 || !a.requestKey().matches("[A-Za-z0-9_-]+"))) {
            errors.add(FieldError.of("requestKey", "请求标识无效", "Invalid request key"));
        }
        Inputs.check(errors);
        return idNumber;
    }
}
