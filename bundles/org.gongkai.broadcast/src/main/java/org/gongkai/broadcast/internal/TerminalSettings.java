package org.gongkai.broadcast.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.broadcast.spi.SettingDescriptor;
import org.gongkai.broadcast.spi.TerminalBinding;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;

/** Validates a terminal's settings against its driver's descriptors, fills defaults, and masks secrets for display. */
public final class TerminalSettings {
    static final String MASK = "******";

    private TerminalSettings() {
    }

    /** The binding a driver gets; every problem is reported at once with field {@code settings.<name>}. */
    public static TerminalBinding bind(String terminalId, List<SettingDescriptor> descriptors,
            Map<String, String> values) {
        Map<String, String> in = values == null ? Map.of() : values;
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (SettingDescriptor d : descriptors) {
            known.add(d.name());
            String field = "settings." + d.name();
            String v = in.get(d.name());
            v = v == null || v.isBlank() ? d.defaultValue() : v.strip();
            if (v == null) {
                if (d.required()) {
                    errors.add(FieldError.of(field, "请填写" + d.label(), d.label() + " is required"));
                }
                continue;
            }
            switch (d.type()) {
                case INT -> {
                    if (!v.matches("-?\\d{1,9}")) {
                        errors.add(FieldError.of(field, d.label() + "须为整数", d.label() + " must be a whole number"));
                    }
                }
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        errors.add(FieldError.of(field, d.label() + "须为 true 或 false",
                                d.label() + " must be true or false"));
                    }
                }
                case ENUM -> {
                    if (!d.options().contains(v)) {
                        String opts = String.join(", ", d.options());
                        errors.add(FieldError.of(field, d.label() + "须为以下之一：" + opts,
                                d.label() + " must be one of: " + opts));
                    }
                }
                case STRING, SECRET -> {
                    if (v.length() > 1000) {
                        errors.add(FieldError.of(field, d.label() + "过长", d.label() + " is too long"));
                    }
                }
            }
            out.put(d.name(), v);
        }
        for (String key : in.keySet()) {
            if (!known.contains(key)) {
                errors.add(FieldError.of("settings." + key, "驱动没有此设置项：" + key, "The driver has no setting " + key));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TerminalBinding(terminalId, out);
    }

    /** The values with every SECRET replaced by a mask: what the UI, logs and the audit trail may show. */
    public static Map<String, String> masked(List<SettingDescriptor> descriptors, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        for (SettingDescriptor d : descriptors) {
            if (d.type() == SettingDescriptor.Type.SECRET && out.containsKey(d.name())) {
                out.put(d.name(), MASK);
            }
        }
        return out;
    }
}
