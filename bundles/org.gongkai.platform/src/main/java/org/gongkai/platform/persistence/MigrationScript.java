package org.gongkai.platform.persistence;

/** One versioned schema migration of a component: file {@code V<version>__<description>.sql}. */
public record MigrationScript(int version, String description, String sql) {
}
