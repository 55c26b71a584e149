package org.gongkai.platform.internal.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.gongkai.platform.persistence.MigrationScript;
import org.gongkai.platform.persistence.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The migration service on the shared {@code gongkai} DataSource. */
@Component(service = SchemaMigrations.class)
public class SchemaMigrationsImpl implements SchemaMigrations {
    private final MigrationRunner runner;
    private final String dialect;

    @Activate
    public SchemaMigrationsImpl(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource);
        this.dialect = runner.dialect();
    }

    @Override
    public List<Integer> migrate(String component, Bundle bundle) {
        return runner.migrate(component, BundleMigrationScripts.find(bundle, component, dialect));
    }

    @Override
    public List<Integer> migrate(String component, List<MigrationScript> scripts) {
        return runner.migrate(component, scripts);
    }

    @Override
    public int currentVersion(String component) {
        return runner.currentVersion(component);
    }
}
