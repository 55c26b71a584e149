package org.gongkai.itests.cap;

import java.util.Hashtable;
import java.util.Set;
import org.gongkai.platform.capability.CapabilityDescriptor;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of a throw-away capability bundle that {@link org.gongkai.itests.FeatureLifecycleIT} packs into a jar
 * and installs through a Karaf feature: it registers a capability descriptor while the bundle runs.
 */
public class TestCapabilityActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        context.registerService(CapabilityDescriptor.class,
                new CapabilityDescriptor("itest-feature", "特性测试模块", "Feature test capability", "#/itest-feature",
                        Set.of(), 98), new Hashtable<>());
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service with the bundle
    }
}
