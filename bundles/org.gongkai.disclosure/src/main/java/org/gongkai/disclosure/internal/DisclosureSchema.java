package org.gongkai.disclosure.internal;

import org.gongkai.platform.persistence.SchemaMigrations;
import org.gongkai.platform.persistence.SchemaReady;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Migrates the disclosure tables (prefix gd_) on start. */
@Component(service = SchemaReady.class, immediate = true, property = SchemaReady.PROPERTY + "=disclosure")
public class DisclosureSchema implements SchemaReady {

    @Activate
    public DisclosureSchema(@Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady platform,
            @Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("disclosure", context.getBundle());
    }
}
