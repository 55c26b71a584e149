package org.gongkai.web.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.gongkai.web.Public;

/**
 * Builds an OpenAPI 3.0 document from the JAX-RS annotations of the resource classes registered now, with schemas
 * derived from the Java records they exchange. Regenerated on each request, so it follows hot-deployed bundles.
 */
final class OpenApiGenerator {
    private final Map<String, Object> schemas = new TreeMap<>();

    static Map<String, Object> generate(String version, Collection<Class<?>> resources) {
        return new OpenApiGenerator().document(version, resources);
    }

    private Map<String, Object> document(String version, Collection<Class<?>> resources) {
        Map<String, Object> paths = new TreeMap<>();
        List<Class<?>> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : sorted) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String path = normalise("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new TreeMap<>());
                item.put(http, operation(type, m));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Gongkai API（公开 政务公开平台）", "version", version, "description",
                "Errors are JSON {code, message, messageZh, messageEn, fieldErrors[]}. Authenticate with HTTP Basic "
                        + "(scripts) or the UI's session cookie plus the X-CSRF-Token header on state-changing requests."));
        doc.put("servers", List.of(Map.of("url", "/api")));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of(
                "basic", Map.of("type", "http", "scheme", "basic"),
                "session", Map.of("type", "apiKey", "in", "cookie", "name", AuthFilter.COOKIE))));
        doc.put("security", List.of(Map.of("basic", List.of()), Map.of("session", List.of())));
        return doc;
    }

    private Map<String, Object> operation(Class<?> type, Method m) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", type.getSimpleName().replace("Resource", "") + "_" + m.getName());
        op.put("tags", List.of(type.getSimpleName().replace("Resource", "")));
        List<Object> params = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            PathParam pp = p.getAnnotation(PathParam.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            if (pp != null) {
                params.add(Map.of("name", pp.value(), "in", "path", "required", true, "schema", schema(p.getParameterizedType())));
            } else if (qp != null) {
                params.add(Map.of("name", qp.value(), "in", "query", "schema", Map.of("type", "string")));
            } else if (!hasContext(p.getAnnotations())) {
                Type body = p.getParameterizedType();
                String media = body == String.class ? "text/csv" : body == byte[].class ? "application/json" : "application/json";
                op.put("requestBody", Map.of("required", true, "content", Map.of(media,
                        Map.of("schema", body == byte[].class ? Map.of("type", "object") : schema(body)))));
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Type returned = m.getGenericReturnType();
        Map<String, Object> ok = returned == void.class || returned == javax.ws.rs.core.Response.class
                ? Map.of("description", "OK")
                : Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", schema(returned))));
        Map<String, Object> responses = new TreeMap<>();
        responses.put("200", ok);
        responses.put("400", Map.of("description", "Invalid input, with field messages in Chinese and English"));
        if (m.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class)) {
            op.put("security", List.of());
        } else {
            responses.put("401", Map.of("description", "Login required"));
            responses.put("403", Map.of("description", "Role or agency scope missing"));
        }
        op.put("responses", responses);
        return op;
    }

    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object");
            }
            if (java.util.Optional.class == raw) {
                return schema(pt.getActualTypeArguments()[0]);
            }
            return schema(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class || c == char[].class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", c == long.class || c == Long.class ? "int64" : "int32");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schema(c.getComponentType()));
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", props));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private static boolean hasContext(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Context.class
                || a.annotationType().getPackageName().equals("javax.ws.rs"));
    }

    private static String httpMethod(Method m) {
        return m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete"
                : m.isAnnotationPresent(HEAD.class) ? "head" : null;
    }

    private static String normalise(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
