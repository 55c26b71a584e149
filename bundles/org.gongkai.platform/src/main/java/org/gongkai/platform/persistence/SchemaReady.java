package org.gongkai.platform.persistence;

/**
 * Marker service registered once a component's schema migrations have run; services that use the tables reference
 * it with a target such as {@code (gongkai.schema=platform)}, so DS activates them only on a migrated schema.
 */
public interface SchemaReady {
    /** Service property naming the migrated component. */
    String PROPERTY = "gongkai.schema";
}
