package org.gongkai.platform.calendar;

import java.time.Clock;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's clock, in Asia/Shanghai. Every time-dependent piece of Gongkai asks this service instead of the
 * system clock, so tests and demonstrations can shift time without waiting (configuration {@code org.gongkai.clock}).
 */
@ProviderType
public interface PlatformClock {
    /** A clock in {@link WorkingDayCalendar#ZONE}. */
    Clock clock();
}
