package org.gongkai.platform.internal.security;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.gongkai.platform.security.AccountService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's {@code karaf} realm (higher rank) with one over Gongkai's accounts, so the SSH console, JMX and
 * the REST API share the same users, passwords and lockout.
 */
@Component(service = JaasRealm.class)
public class GongkaiJaasRealm implements JaasRealm {
    private final AppConfigurationEntry[] entries;

    @Activate
    public GongkaiJaasRealm(@Reference AccountService accounts, BundleContext context) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, GongkaiLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                GongkaiLoginModule.ACCOUNTS_OPTION, accounts);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return "karaf";
    }

    @Override
    public int getRank() {
        return 100;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
