package org.gongkai.platform.internal.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.audit.AuditVerification;
import org.gongkai.platform.calendar.PlatformClock;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.security.Actor;

/** The shipped notice folder, a fixed platform clock and an audit trail that only records. */
final class CalendarFixtures {
    /** config/etc/gongkai/calendar of the distribution, relative to the module directory (surefire's working dir). */
    static final Path SHIPPED = Path.of("../../config/etc/gongkai/calendar");

    private CalendarFixtures() {
    }

    static PlatformClock clock(Clock c) {
        return () -> c;
    }

    static WorkingDayCalendarImpl shippedCalendar() {
        if (!Files.isRegularFile(SHIPPED.resolve("2025.json")) || !Files.isRegularFile(SHIPPED.resolve("2026.json"))) {
            throw new IllegalStateException("shipped notices not found under " + SHIPPED.toAbsolutePath());
        }
        return new WorkingDayCalendarImpl(clock(TestDb.fixedClock()), new RecordingAudit(), SHIPPED);
    }

    static byte[] shipped(int year) throws java.io.IOException {
        return Files.readAllBytes(SHIPPED.resolve(year + ".json"));
    }

    /** Keeps appended entries in memory. */
    static final class RecordingAudit implements AuditTrail {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public synchronized AuditEntry append(Actor actor, String action, String objectType, String objectId,
                String details) {
            AuditEntry e = new AuditEntry(entries.size() + 1, Instant.now(), actor.username(), action, objectType,
                    objectId, details, "none", "", "");
            entries.add(e);
            return e;
        }

        @Override
        public List<AuditEntry> query(Actor actor, AuditQuery query) {
            return List.copyOf(entries);
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(true, entries.size(), null, null);
        }
    }
}
