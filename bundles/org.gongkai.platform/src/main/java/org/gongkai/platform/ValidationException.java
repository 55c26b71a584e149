package org.gongkai.platform;

import java.util.List;

/** Input that a service rejects before writing anything (HTTP 400 with field messages). */
public class ValidationException extends GongkaiException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super("VALIDATION", Message.of("输入有误，请检查标出的字段", "Invalid input: check the marked fields"));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String zh, String en) {
        return new ValidationException(List.of(FieldError.of(field, zh, en)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + fieldErrors;
    }
}
