package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily overdue check on the real tables (H2): a backlog larger than one chunk is flagged once per case, with its
 * event and audit entry, and a second run flags nothing. Cases received Monday 2026-03-02 are due 2026-03-30.
 */
class DueDateChecksTest {
    private static final Actor REGISTRAR = new Actor("registrar", "LC-GKB", Set.of(Role.REGISTRAR.id()));
    private static final Actor HANDLER = new Actor("handler", "LC-GKB", Set.of(Role.HANDLER.id()));

    private final TestDb.MutableClock clock = new TestDb.MutableClock(TestDb.NOW);
    private DisclosureServiceImpl service;
    private DueDateChecks checks;
    private AuditTrail audit;

    @BeforeEach
    void setUp() {
        CaseFixture f = new CaseFixture(clock);
        service = f.service;
        audit = f.audit;
        checks = new DueDateChecks(service, f.store, f.records, TestDb.TX, audit, f.calendar, clock);
    }

    private String registered(int i) {
        ApplicationDetail d = service.register(REGISTRAR, new NewApplication(null, Channel.IN_PERSON,
                LocalDate.of(2026, 3, 2), null, null, ApplicantType.NATURAL_PERSON, "魏某" + i, "RESIDENT_ID",
                IdentityNumbers.completeResidentId("45032319800101123"), "13900000000", null, "灵川县",
                "征地信息 " + i, List.of(new NewApplication.NewItem("征地批复")), RequiredForm.PAPER, ReceiveBy.POST,
                "LC-GKB"));
        return service.act(REGISTRAR, d.number(), Action.REGISTER, null).number();
    }

    @Test
    void aBacklogLargerThanAChunkIsFlaggedOnceEachWithEventAndAudit() {
        int backlog = DueDateChecks.CHUNK * 2 + 17;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < backlog; i++) {
            numbers.add(registered(i));
        }
        assertEquals(List.of(), checks.flagOverdue(), "due 2026-03-30: nothing is late on 2026-03-02");

        clock.set(Instant.parse("2026-04-02T01:00:00Z")); // Thursday, three working days after the due date
        List<String> flagged = checks.flagOverdue();

        assertEquals(Set.copyOf(numbers), Set.copyOf(flagged));
        assertEquals(backlog, flagged.size(), "each case once");
        ApplicationDetail one = service.get(HANDLER, numbers.get(backlog - 1));
        assertEquals(1, one.events().stream().filter(e -> "OVERDUE".equals(e.action())).count());
        assertTrue(one.events().stream().anyMatch(e -> e.comment() != null
                && e.comment().contains("答复期限 2026-03-30 已过，逾期 3 个工作日")), one.events().toString());
        assertEquals(backlog, audit.query(TestDb.ADMIN, new AuditQuery(DisclosureServiceImpl.OBJECT_TYPE, null, null,
                "DISCLOSURE_OVERDUE", null, 1000)).size());
        assertTrue(audit.verify().valid());

        assertEquals(List.of(), checks.flagOverdue(), "a second run (or another node) flags nothing again");
    }
}
