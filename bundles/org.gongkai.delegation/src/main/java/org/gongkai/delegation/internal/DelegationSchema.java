package org.gongkai.delegation.internal;

import org.gongkai.platform.persistence.SchemaMigrations;
import org.gongkai.platform.persistence.SchemaReady;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Migrates the delegation tables (prefix gl_) on start. */
@Component(service = SchemaReady.class, immediate = true, property = SchemaReady.PROPERTY + "=delegation")
public class DelegationSchema implements SchemaReady {

    @Activate
    public DelegationSchema(@Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady platform,
            @Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("delegation", context.getBundle());
    }
}
