package org.gongkai.broadcast.spi;

import java.util.List;
import java.util.Objects;

/**
 * One per-terminal setting a driver needs (a device id, a group, an access token). The UI builds the terminal form
 * from the descriptors and the core validates each terminal's values against them before binding it.
 *
 * @param name key of the value in {@link TerminalBinding#settings()}; letters, digits and dots
 * @param label label in the form, Chinese first, e.g. {@code 设备编号 (Device id)}
 * @param description one sentence of help
 * @param type the value's type
 * @param required whether a value must be given (a default counts as given)
 * @param defaultValue the value used when none is given, or null
 * @param options the allowed values of an {@link Type#ENUM}; empty for other types
 */
public record SettingDescriptor(String name, String label, String description, Type type, boolean required,
        String defaultValue, List<String> options) {

    /** Value types; {@link #SECRET} is a string that is never shown again or written to logs and audit entries. */
    public enum Type {
        STRING, INT, BOOLEAN, SECRET, ENUM
    }

    public SettingDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = label == null ? name : label;
        description = description == null ? "" : description;
        options = options == null ? List.of() : List.copyOf(options);
        if (type == Type.ENUM && options.isEmpty()) {
            throw new IllegalArgumentException("ENUM setting " + name + " needs options");
        }
    }

    public static SettingDescriptor string(String name, String label, String description, boolean required,
            String defaultValue) {
        return new SettingDescriptor(name, label, description, Type.STRING, required, defaultValue, List.of());
    }

    public static SettingDescriptor integer(String name, String label, String description, boolean required,
            Integer defaultValue) {
        return new SettingDescriptor(name, label, description, Type.INT, required,
                defaultValue == null ? null : defaultValue.toString(), List.of());
    }

    public static SettingDescriptor bool(String name, String label, String description, boolean defaultValue) {
        return new SettingDescriptor(name, label, description, Type.BOOLEAN, false, Boolean.toString(defaultValue),
                List.of());
    }

    public static SettingDescriptor secret(String name, String label, String description, boolean required) {
        return new SettingDescriptor(name, label, description, Type.SECRET, required, null, List.of());
    }

    public static SettingDescriptor choice(String name, String label, String description, String defaultValue,
            List<String> options) {
        return new SettingDescriptor(name, label, description, Type.ENUM, true, defaultValue, options);
    }
}
