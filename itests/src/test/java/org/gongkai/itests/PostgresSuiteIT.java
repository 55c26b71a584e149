package org.gongkai.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The full integration suite: one JUnit suite so that Pax Exam's PerSuite strategy boots a single container for all
 * of its classes (failsafe would otherwise run each class on its own and boot one container per class).
 */
@RunWith(Suite.class)
@SuiteClasses({MigrationSmokeIT.class, PlatformIT.class, FeatureLifecycleIT.class, DisclosureIT.class,
        DelegationIT.class, BroadcastIT.class, CapabilityFeaturesIT.class})
public class PostgresSuiteIT {
}
