package org.gongkai.platform.persistence;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Versioned schema migrations, one history per component (table {@code gk_schema_history}). Each capability keeps
 * its scripts in its bundle under {@code db/<component>/V<n>__<description>.sql}; pending scripts run in order on
 * start, each in its own transaction; an applied script whose content changed stops the start with a clear error
 * instead of silently diverging. Scripts are written in the SQL common to H2 2.x and PostgreSQL; a script named
 * {@code V<n>__<description>.postgresql.sql} or {@code .h2.sql} replaces the common one on that database.
 */
@ProviderType
public interface SchemaMigrations {

    /** Applies the pending scripts of {@code component} found in {@code bundle}; answers the versions applied now. */
    List<Integer> migrate(String component, Bundle bundle);

    /** Applies the pending scripts of {@code component} from an explicit list (tests, tools). */
    List<Integer> migrate(String component, List<MigrationScript> scripts);

    /** The highest applied version of the component, 0 if none. */
    int currentVersion(String component);
}
