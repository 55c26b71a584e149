package org.gongkai.disclosure.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.gongkai.disclosure.internal.letter.FontLocator;
import org.gongkai.disclosure.internal.letter.LetterSettings;
import org.gongkai.disclosure.internal.report.ReportMapping;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.internal.audit.AuditFixtures;
import org.gongkai.platform.internal.calendar.TestCalendars;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.internal.region.RegionFixtures;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.RegionService;

/**
 * The disclosure service on its real tables (a fresh H2 database with every disclosure migration) in the small test
 * county, with the shipped working-day calendar on the given clock: for tests of the service and the desks around it.
 */
final class CaseFixture {
    final AuditTrail audit;
    final RegionService regions;
    final ApplicationStore store;
    final CaseRecordStore records;
    final WorkingDayCalendar calendar;
    final DisclosureServiceImpl service;

    CaseFixture(Clock clock) {
        DataSource ds = TestDb.platformDataSource();
        new MigrationRunner(ds).migrate("disclosure", List.of(
                script(1, "V1__applications.sql"), script(2, "V2__overdue_flag.sql"),
                script(3, "V3__fees_letters_remedies.sql"), script(4, "V4__attachments.h2.sql"),
                script(5, "V5__delegation.sql")));
        audit = AuditFixtures.trail(ds, clock);
        regions = RegionFixtures.smallCounty(ds, audit);
        Jdbc jdbc = new Jdbc(ds);
        store = new ApplicationStore(jdbc);
        records = new CaseRecordStore(jdbc);
        LetterDesk letters = new LetterDesk(records, code -> {
            Agency a = regions.agency(code).orElseThrow();
            return new LetterSettings(a.name(), "灵川县人民政府", "灵川县人民法院", a.shortName() + "依申请公开", true);
        }, new FontLocator(null, Path.of("target", "no-fonts")));
        calendar = TestCalendars.shipped(clock);
        service = new DisclosureServiceImpl(store, records, TestDb.TX, audit, regions, calendar, clock,
                new IdCipher(new byte[32]), true, 3, new ReportMapping(ReportOverrides.parse("")),
                new DisclosureServiceImpl.FeeSettings(true, 20), letters);
    }

    private static MigrationScript script(int version, String file) {
        return new MigrationScript(version, file, TestDb.resource("db/disclosure/" + file));
    }
}
