package org.gongkai.platform.internal.persistence;

import org.gongkai.platform.persistence.SchemaMigrations;
import org.gongkai.platform.persistence.SchemaReady;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Migrates the platform kernel's tables on start; the platform services wait for it. */
@Component(service = SchemaReady.class, immediate = true, property = SchemaReady.PROPERTY + "=platform")
public class PlatformSchema implements SchemaReady {

    @Activate
    public PlatformSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("platform", context.getBundle());
    }
}
