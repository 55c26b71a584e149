package org.gongkai.platform.internal.calendar;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.CalendarAdmin;
import org.gongkai.platform.calendar.CalendarEvents;
import org.gongkai.platform.calendar.CalendarYear;
import org.gongkai.platform.calendar.DayInfo;
import org.gongkai.platform.calendar.Deadline;
import org.gongkai.platform.calendar.Pause;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.calendar.WorkingDayCount;
import org.gongkai.platform.calendar.WorkingDayResult;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar service. Notices are files {@code <year>.json} in a directory (by default
 * {@code etc/gongkai/calendar}), rescanned every few seconds, so a county drops next year's notice there and open
 * deadlines follow without a restart. A file that cannot be read is logged and ignored; the previous data stays.
 */
@Component(service = {WorkingDayCalendar.class, CalendarAdmin.class}, configurationPid = "org.gongkai.calendar",
        immediate = true)
@Designate(ocd = WorkingDayCalendarImpl.Config.class)
public class WorkingDayCalendarImpl implements WorkingDayCalendar, CalendarAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendarImpl.class);
    static final LocalDate MIN = LocalDate.of(2000, 1, 1);
    static final LocalDate MAX = LocalDate.of(2099, 12, 31);

    @ObjectClassDefinition(name = "Gongkai working-day calendar",
            description = "Official holidays and adjusted working days, one holiday-cn JSON file per year")
    public @interface Config {
        @AttributeDefinition(name = "Notice directory", description = "Folder with one <year>.json notice per year; "
                + "empty means ${karaf.etc}/gongkai/calendar")
        String directory() default "";

        @AttributeDefinition(name = "Rescan interval (seconds)", description = "How often the folder is checked for "
                + "new or changed notices; 0 disables rescanning (use gongkai:calendar-load)")
        int scanIntervalSeconds() default 5;
    }

    private final PlatformClock clock;
    private final AuditTrail audit;
    private final Path directory;
    private final ScheduledExecutorService scanner;
    private volatile CalendarRules rules = new CalendarRules(Map.of());
    private volatile EventAdmin eventAdmin;

    @Activate
    public WorkingDayCalendarImpl(@Reference PlatformClock clock, @Reference AuditTrail audit, Config config) {
        this.clock = clock;
        this.audit = audit;
        this.directory = config.directory().isBlank()
                ? Paths.get(System.getProperty("karaf.etc", "etc"), "gongkai", "calendar")
                : Paths.get(config.directory());
        reload();
        if (config.scanIntervalSeconds() > 0) {
            scanner = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gongkai-calendar-scan");
                t.setDaemon(true);
                return t;
            });
            scanner.scheduleWithFixedDelay(this::reloadQuietly, config.scanIntervalSeconds(),
                    config.scanIntervalSeconds(), TimeUnit.SECONDS);
        } else {
            scanner = null;
        }
    }

    /** For tests: a calendar over a folder, without rescanning. */
    WorkingDayCalendarImpl(PlatformClock clock, AuditTrail audit, Path directory) {
        this.clock = clock;
        this.audit = audit;
        this.directory = directory;
        this.scanner = null;
        reload();
    }

    @Deactivate
    void deactivate() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        if (this.eventAdmin == eventAdmin) {
            this.eventAdmin = null;
        }
    }

    @Override
    public WorkingDayResult addWorkingDays(LocalDate from, int days) {
        checkRange("from", from);
        WorkingDayResult result = rules.addWorkingDays(from, days);
        checkRange("days", result.date());
        return result;
    }

    @Override
    public Deadline deadline(LocalDate start, int days, List<Pause> pauses) {
        checkRange("start", start);
        List<Pause> all = pauses == null ? List.of() : pauses;
        for (Pause p : all) {
            checkRange("pauses", p.from());
            if (p.to() != null && p.to().isBefore(p.from())) {
                throw ValidationException.of("pauses", "暂停的结束日期早于开始日期", "A pause ends before it starts");
            }
        }
        Deadline deadline = rules.deadline(start, days, all);
        if (deadline.due() != null) {
            checkRange("days", deadline.due());
        }
        return deadline;
    }

    @Override
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        checkRange("from", from);
        checkRange("to", to);
        return rules.workingDaysBetween(from, to);
    }

    @Override
    public DayInfo describe(LocalDate date) {
        checkRange("date", date);
        return rules.describe(date);
    }

    @Override
    public CalendarYear year(int year) {
        if (year < MIN.getYear() || year > MAX.getYear()) {
            throw ValidationException.of("year", "年份须在 2000 至 2099 之间", "The year must be between 2000 and 2099");
        }
        return rules.year(year);
    }

    @Override
    public List<Integer> loadedYears() {
        return new ArrayList<>(new TreeSet<>(rules.notices().keySet()));
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.clock().withZone(ZONE));
    }

    @Override
    public CalendarYear loadNotice(Actor actor, byte[] json) {
        actor.requireAnyRole(Role.ADMIN);
        HolidayNotice notice;
        try {
            notice = HolidayNoticeReader.read(json);
        } catch (InvalidNoticeException e) {
            throw ValidationException.of("notice", "放假通知文件无效：" + e.getMessage(),
                    "Invalid holiday notice: " + e.getMessage());
        }
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "upload", ".tmp");
            Files.write(tmp, json);
            Files.move(tmp, directory.resolve(notice.year() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the notice in " + directory + ": " + e.getMessage(), e);
        }
        audit.append(actor, AuditActions.CALENDAR_LOADED, "calendar", Integer.toString(notice.year()),
                notice.source() + " sha256=" + notice.checksum());
        reload();
        return rules.year(notice.year());
    }

    @Override
    public synchronized int[] reload() {
        Map<Integer, HolidayNotice> found = new HashMap<>();
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
                for (Path file : files) {
                    readInto(file, found);
                }
            } catch (IOException e) {
                LOG.error("Cannot list the calendar folder {}: {}", directory, e.getMessage());
                return new int[0];
            }
        } else {
            LOG.warn("Calendar folder {} does not exist: every year is provisional", directory);
        }
        Map<Integer, HolidayNotice> before = rules.notices();
        TreeSet<Integer> changed = new TreeSet<>();
        for (Integer y : union(before.keySet(), found.keySet())) {
            HolidayNotice a = before.get(y);
            HolidayNotice b = found.get(y);
            if (a == null || b == null || !Objects.equals(a.checksum(), b.checksum())) {
                changed.add(y);
            }
        }
        if (!changed.isEmpty()) {
            rules = new CalendarRules(found);
            LOG.info("Working-day calendar loaded: notices for {}; changed {}", new TreeSet<>(found.keySet()), changed);
            post(changed);
        }
        return changed.stream().mapToInt(Integer::intValue).toArray();
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("Calendar rescan failed", e);
        }
    }

    private void readInto(Path file, Map<Integer, HolidayNotice> found) {
        try {
            HolidayNotice notice = HolidayNoticeReader.read(Files.readAllBytes(file));
            String expected = notice.year() + ".json";
            if (!file.getFileName().toString().equals(expected)) {
                LOG.warn("Calendar file {} holds the notice of {}; name it {}", file, notice.year(), expected);
            }
            found.put(notice.year(), notice);
        } catch (IOException | InvalidNoticeException e) {
            // keep what was loaded from this file before: a half-edited file must not turn a year provisional
            HolidayNotice previous = previousFor(file);
            LOG.error("Ignoring calendar file {}: {}{}", file, e.getMessage(),
                    previous == null ? "" : "; keeping the notice of " + previous.year() + " loaded before");
            if (previous != null) {
                found.putIfAbsent(previous.year(), previous);
            }
        }
    }

    private HolidayNotice previousFor(Path file) {
        String name = file.getFileName().toString();
        if (!name.matches("\\d{4}\\.json")) {
            return null;
        }
        return rules.notices().get(Integer.parseInt(name.substring(0, 4)));
    }

    private void post(TreeSet<Integer> years) {
        EventAdmin ea = eventAdmin;
        if (ea != null) {
            ea.postEvent(new Event(CalendarEvents.CHANGED,
                    Map.of(CalendarEvents.YEARS, years.stream().mapToInt(Integer::intValue).toArray())));
        }
    }

    private static TreeSet<Integer> union(java.util.Set<Integer> a, java.util.Set<Integer> b) {
        TreeSet<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void checkRange(String field, LocalDate date) {
        if (date == null) {
            throw ValidationException.of(field, "缺少日期", "Date is required");
        }
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw ValidationException.of(field, "日期须在 2000-01-01 至 2099-12-31 之间",
                    "The date must be between 2000-01-01 and 2099-12-31");
        }
    }
}
