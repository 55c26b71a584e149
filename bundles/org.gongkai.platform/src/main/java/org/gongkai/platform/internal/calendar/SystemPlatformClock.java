package org.gongkai.platform.internal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The system clock in Asia/Shanghai, optionally fixed or shifted by configuration (for tests and demonstrations). */
@Component(service = PlatformClock.class, configurationPid = "org.gongkai.clock")
@Designate(ocd = SystemPlatformClock.Config.class)
public class SystemPlatformClock implements PlatformClock {

    @ObjectClassDefinition(name = "Gongkai clock", description = "Time source of every deadline and schedule")
    public @interface Config {
        @AttributeDefinition(name = "Fixed instant", description = "ISO-8601 instant to freeze time at "
                + "(e.g. 2026-03-02T01:00:00Z); empty for the real time. Tests only.")
        String fixedInstant() default "";

        @AttributeDefinition(name = "Offset (seconds)", description = "Shift of the real time, in seconds; 0 in production.")
        long offsetSeconds() default 0;
    }

    private volatile Clock clock = Clock.system(WorkingDayCalendar.ZONE);

    @Activate
    @Modified
    void configure(Config config) {
        Clock base = config.fixedInstant().isBlank() ? Clock.system(WorkingDayCalendar.ZONE)
                : Clock.fixed(Instant.parse(config.fixedInstant().trim()), WorkingDayCalendar.ZONE);
        clock = config.offsetSeconds() == 0 ? base : Clock.offset(base, Duration.ofSeconds(config.offsetSeconds()));
    }

    @Override
    public Clock clock() {
        return new DelegatingClock();
    }

    /** A clock that always reads the current configuration, so holders of it see reconfiguration. */
    private final class DelegatingClock extends Clock {
        @Override
        public java.time.ZoneId getZone() {
            return WorkingDayCalendar.ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
