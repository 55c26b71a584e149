package org.gongkai.broadcast.driver.mqtt.internal;

import java.util.Optional;

/**
 * The topic layout: commands on {@code <prefix>/<terminal>/cmd} and {@code <prefix>/group/<group>/cmd}; terminals
 * answer on {@code <prefix>/<terminal>/receipt} and report on {@code <prefix>/<terminal>/status}.
 */
final class Topics {
    static final String RECEIPT = "receipt";
    static final String STATUS = "status";
    private final String prefix;

    Topics(String prefix) {
        if (!valid(prefix.replace("/", ""))) {
            throw new IllegalArgumentException("bad topic prefix " + prefix);
        }
        this.prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    String command(String terminal) {
        return prefix + "/" + level(terminal) + "/cmd";
    }

    String groupCommand(String group) {
        return prefix + "/group/" + level(group) + "/cmd";
    }

    String receipts() {
        return prefix + "/+/" + RECEIPT;
    }

    String statuses() {
        return prefix + "/+/" + STATUS;
    }

    /** The terminal id and kind ({@code receipt} or {@code status}) of an incoming topic. */
    Optional<String[]> parse(String topic) {
        if (!topic.startsWith(prefix + "/")) {
            return Optional.empty();
        }
        String[] rest = topic.substring(prefix.length() + 1).split("/");
        if (rest.length != 2 || !(rest[1].equals(RECEIPT) || rest[1].equals(STATUS))) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    /** A terminal id or group name used as one topic level: no separators or wildcards. */
    static boolean valid(String level) {
        return level != null && !level.isEmpty() && level.length() <= 128 && level.chars().noneMatch(
                c -> c == '/' || c == '+' || c == '#' || c == 0 || Character.isWhitespace(c));
    }

    private static String level(String s) {
        if (!valid(s)) {
            throw new IllegalArgumentException("not usable in an MQTT topic: '" + s + "'");
        }
        return s;
    }
}
