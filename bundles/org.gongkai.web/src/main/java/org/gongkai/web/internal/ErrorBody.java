package org.gongkai.web.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Message;

/**
 * The JSON of every error answer: {@code {code, message, messageZh, messageEn, fieldErrors[]}}; {@code message} is in
 * the request's language (English when Accept-Language starts with "en", Chinese otherwise).
 */
public record ErrorBody(String code, String message, String messageZh, String messageEn, List<Field> fieldErrors) {

    /** One field's error in the same shape. */
    public record Field(String field, String message, String messageZh, String messageEn) {
    }

    static boolean english(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        List<java.util.Locale> langs = headers.getAcceptableLanguages();
        return !langs.isEmpty() && langs.get(0).getLanguage().toLowerCase(Locale.ROOT).startsWith("en");
    }

    static ErrorBody of(String code, Message m, List<FieldError> fields, boolean en) {
        List<Field> fe = fields.stream()
                .map(f -> new Field(f.field(), en ? f.en() : f.zh(), f.zh(), f.en())).toList();
        return new ErrorBody(code, en ? m.en() : m.zh(), m.zh(), m.en(), fe);
    }

    static Response response(int status, String code, Message m, List<FieldError> fields, HttpHeaders headers) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(of(code, m, fields, english(headers))).build();
    }
}
