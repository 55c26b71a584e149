package org.gongkai.broadcast.internal;

import org.gongkai.platform.persistence.SchemaMigrations;
import org.gongkai.platform.persistence.SchemaReady;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Migrates the broadcast tables (prefix gb_) on start. */
@Component(service = SchemaReady.class, immediate = true, property = SchemaReady.PROPERTY + "=broadcast")
public class BroadcastSchema implements SchemaReady {

    @Activate
    public BroadcastSchema(@Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady platform,
            @Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("broadcast", context.getBundle());
    }
}
