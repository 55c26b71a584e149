package org.gongkai.disclosure.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongkai.disclosure.DisclosureEvents;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every day shortly after midnight (Asia/Shanghai), and once half a minute after start to catch up, flags the cases that
 * passed their reply date and posts {@link DisclosureEvents#OVERDUE}. Every node may run it; each case is flagged
 * once. A failed run is retried after a few minutes.
 */
@Component(immediate = true, service = {})
public class OverdueJob {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);
    private final DisclosureComponent disclosure;
    private final PlatformClock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gongkai-disclosure-overdue");
        t.setDaemon(true);
        return t;
    });
    private volatile EventAdmin events;

    @Activate
    public OverdueJob(@Reference DisclosureService disclosure, @Reference PlatformClock clock) {
        this.disclosure = (DisclosureComponent) disclosure;
        this.clock = clock;
        timer.schedule(this::runAndReschedule, 30, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEvents(EventAdmin eventAdmin) {
        this.events = eventAdmin;
    }

    void unsetEvents(EventAdmin eventAdmin) {
        if (this.events == eventAdmin) {
            this.events = null;
        }
    }

    private void runAndReschedule() {
        try {
            long started = System.nanoTime();
            List<String> lapsed = disclosure.flagLapses();
            if (!lapsed.isEmpty()) {
                LOG.info("{} applications passed a correction or payment period: {}", lapsed.size(), sample(lapsed));
            }
            List<String> numbers = disclosure.flagOverdue();
            if (!numbers.isEmpty()) {
                LOG.info("{} applications passed their reply date (check took {} ms): {}", numbers.size(),
                        (System.nanoTime() - started) / 1_000_000, sample(numbers));
                EventAdmin ea = events;
                if (ea != null) {
                    ea.postEvent(new Event(DisclosureEvents.OVERDUE,
                            Map.of(DisclosureEvents.NUMBERS, numbers.toArray(new String[0]))));
                }
            }
            schedule(untilNextRun());
        } catch (RuntimeException e) {
            LOG.error("The daily overdue check failed; retrying in 5 minutes", e);
            schedule(Duration.ofMinutes(5));
        }
    }

    /** The numbers for the log: all of a day's few, the first 50 of a backlog. */
    private static String sample(List<String> numbers) {
        return numbers.size() <= 50 ? numbers.toString()
                : numbers.subList(0, 50) + " and " + (numbers.size() - 50) + " more";
    }

    private void schedule(Duration delay) {
        if (!timer.isShutdown()) {
            timer.schedule(this::runAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Until 00:10 of the next day in Asia/Shanghai by the platform clock. */
    private Duration untilNextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.clock().withZone(WorkingDayCalendar.ZONE));
        ZonedDateTime next = now.toLocalDate().plusDays(1).atTime(0, 10).atZone(WorkingDayCalendar.ZONE);
        return Duration.between(now, next);
    }
}
