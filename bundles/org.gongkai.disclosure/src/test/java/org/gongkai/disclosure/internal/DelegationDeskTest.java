package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.ApplicationQuery;
import org.gongkai.disclosure.ApplicationSummary;
import org.gongkai.disclosure.CaseFacts;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.DelegationOrder;
import org.gongkai.disclosure.ItemDecision;
import org.gongkai.disclosure.NewApplication;
import org.gongkai.disclosure.ReceiveBy;
import org.gongkai.disclosure.RequiredForm;
import org.gongkai.disclosure.Stage;
import org.gongkai.disclosure.internal.letter.Letter;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.IdentityNumbers;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditQuery;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.internal.TestDb;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delegation on the real disclosure service and tables (H2): scope, workflow, clock, letters and audit of a case the
 * county government delegates to a development zone. Today is Monday 2026-03-02.
 */
class DelegationDeskTest {
    private static final Actor REGISTRAR = new Actor("registrar", "LC-GKB", Set.of(Role.REGISTRAR.id()));
    private static final Actor HANDLER = new Actor("handler", "LC-GKB", Set.of(Role.HANDLER.id()));
    private static final Actor HEAD = new Actor("head", "LC-GKB", Set.of(Role.OFFICE_HEAD.id()));
    private static final Actor ZONE = new Actor("zone", "LC-DZ-BLJ", Set.of(Role.ZONE_STAFF.id()));
    private static final Actor DEPARTMENT = new Actor("zr", "LC-ZRZYJ", Set.of(Role.HANDLER.id(), Role.REGISTRAR.id()));

    private static final String CASE = DisclosureServiceImpl.OBJECT_TYPE;

    private final Clock clock = TestDb.fixedClock();
    private DisclosureServiceImpl service;
    private DelegationDesk desk;
    private ApplicationStore store;
    private AuditTrail audit;

    @BeforeEach
    void setUp() {
        CaseFixture f = new CaseFixture(clock);
        service = f.service;
        store = f.store;
        audit = f.audit;
        desk = new DelegationDesk(service, TestDb.TX, audit, f.regions, clock,
                new DelegationDesk.Defaults("县政府", "桂林市人民政府"));
    }

    private String registered(String agency) {
        ApplicationDetail d = service.register(REGISTRAR.agencyCode().equals(agency) ? REGISTRAR
                : new Actor("r", agency, Set.of(Role.REGISTRAR.id())), new NewApplication(null, Channel.IN_PERSON,
                        LocalDate.of(2026, 3, 2), null, null, ApplicantType.NATURAL_PERSON, "魏某",
                        "RESIDENT_ID", IdentityNumbers.completeResidentId("45032319800101123"), "13900000000", null,
                        "灵川县", "八里街开发区标准厂房项目征地信息", List.of(new NewApplication.NewItem("征地批复")),
                        RequiredForm.PAPER, ReceiveBy.POST, agency));
        return service.act(d.agencyCode().equals("LC-GKB") ? REGISTRAR : new Actor("r", agency,
                Set.of(Role.REGISTRAR.id())), d.number(), Action.REGISTER, null).number();
    }

    @Test
    void delegationKeepsTheGovernmentsCaseAndClockAndIsAudited() {
        String no = registered("LC-GKB");
        LocalDate due = service.get(HEAD, no).clock().replyDue();

        ApplicationDetail d = desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "标准厂房属开发区事项"));

        assertEquals("LC-GKB", d.agencyCode());
        assertEquals("LC-DZ-BLJ", d.handlingAgencyCode());
        assertEquals("灵川八里街经济开发区管理委员会", d.handlingAgencyName());
        assertEquals("县政府", d.delegation().principal());
        assertEquals("桂林市人民政府", d.delegation().reconsiderationOrgan());
        assertEquals(due, d.clock().replyDue());
        assertEquals(LocalDate.of(2026, 3, 30), due, "20 working days after Mon 2026-03-02");
        assertEquals("DELEGATE", d.events().get(d.events().size() - 1).action());
        List<AuditEntry> entries = audit.query(TestDb.ADMIN, new AuditQuery(CASE, no, null,
                "DISCLOSURE_DELEGATED", null, 10));
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).details().startsWith("zone=LC-DZ-BLJ"), entries.get(0).details());
    }

    @Test
    void zoneStaffSeeOnlyTheirDelegatedCasesAndTheOfficeSeesThemMarked() {
        String delegated = registered("LC-GKB");
        String own = registered("LC-GKB");
        desk.delegate(HEAD, delegated, new DelegationOrder("LC-DZ-BLJ", "转办"));

        List<ApplicationSummary> zoneQueue = service.list(ZONE, query()).items();
        assertEquals(List.of(delegated), zoneQueue.stream().map(ApplicationSummary::number).toList());
        assertThrows(NotFoundException.class, () -> service.get(ZONE, own));

        List<ApplicationSummary> officeQueue = service.list(HANDLER, query()).items();
        assertEquals(2, officeQueue.size());
        ApplicationSummary marked = officeQueue.stream().filter(s -> s.number().equals(delegated)).findFirst()
                .orElseThrow();
        assertEquals("LC-DZ-BLJ", marked.handlingAgencyCode());
        assertEquals("八里街开发区", marked.handlingAgencyName());
        assertTrue(marked.delegated());
        assertThrows(NotFoundException.class, () -> service.get(DEPARTMENT, delegated));
    }

    private static ApplicationQuery query() {
        return new ApplicationQuery(null, null, false, null, null, null, null, false, 0, 50);
    }

    @Test
    void theZoneHandlesApprovesAndSignsTheReplyOnTheGovernmentsBehalf() {
        String no = registered("LC-GKB");
        desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "转办"));

        assertTrue(service.get(ZONE, no).actions().contains(Action.START_DRAFTING));
        service.act(ZONE, no, Action.START_DRAFTING, null);
        service.decide(ZONE, no, 1, new ItemDecision(Decision.NOT_HELD, null, null));
        service.act(ZONE, no, Action.SUBMIT_FOR_REVIEW, null);
        ApplicationDetail replied = service.act(ZONE, no, Action.APPROVE, null);

        assertEquals(Stage.REPLIED, replied.stage());
        assertEquals("LC-GKB", replied.agencyCode(), "the annual report counts the case for the government");
        ApplicationDetail.LetterInfo info = replied.letters().get(0);
        assertEquals("八里街开发区依申请公开〔2026〕第1号", info.docNumber());
        Letter letter = service.letters().letter(store.byNumber(no).orElseThrow().id(), info.id());
        assertEquals("灵川八里街经济开发区管理委员会", letter.agencyName());
        assertTrue(letter.paragraphs().get(0).endsWith("受县政府委托，现就有关事项答复如下："), letter.paragraphs().get(0));
        assertTrue(letter.paragraphs().get(2).contains("向桂林市人民政府申请行政复议"), letter.paragraphs().get(2));
    }

    @Test
    void officeHeadStepsStayWithTheGovernment() {
        String no = registered("LC-GKB");
        desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "转办"));

        assertThrows(AccessDeniedException.class, () -> service.extend(ZONE, no, 10, "需要调取档案"));
        assertThrows(AccessDeniedException.class, () -> desk.recall(ZONE, no, "退回"));
        assertThrows(AccessDeniedException.class, () -> desk.delegate(HANDLER, no, new DelegationOrder("LC-DZ-BLJ", "x")));
    }

    @Test
    void recallTakesTheCaseBackFromTheZone() {
        String no = registered("LC-GKB");
        desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "转办"));

        ApplicationDetail back = desk.recall(HEAD, no, "开发区无此信息");

        assertNull(back.delegation());
        assertEquals("RECALL", back.events().get(back.events().size() - 1).action());
        assertThrows(NotFoundException.class, () -> service.get(ZONE, no));
        assertThrows(NotFoundException.class, () -> service.act(ZONE, no, Action.START_DRAFTING, null));
        assertEquals(1, audit.query(TestDb.ADMIN, new AuditQuery(CASE, no, null, "DISCLOSURE_DELEGATION_RECALLED",
                null, 10)).size());
        assertThrows(ConflictException.class, () -> desk.recall(HEAD, no, "again"));
    }

    @Test
    void onlyOpenGovernmentCasesGoToDevelopmentZones() {
        String no = registered("LC-GKB");
        assertThrows(ValidationException.class, () -> desk.delegate(HEAD, no, new DelegationOrder("LC-ZRZYJ", "x")));
        assertThrows(ValidationException.class, () -> desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", " ")));
        String department = registered("LC-ZRZYJ");
        assertThrows(ConflictException.class, () -> desk.delegate(HEAD, department,
                new DelegationOrder("LC-DZ-BLJ", "x")));
        desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "转办"));
        assertThrows(ConflictException.class, () -> desk.delegate(HEAD, no, new DelegationOrder("LC-DZ-BLJ", "x")));
    }

    @Test
    void caseFactsFollowTheScope() {
        String delegated = registered("LC-GKB");
        registered("LC-GKB");
        desk.delegate(HEAD, delegated, new DelegationOrder("LC-DZ-BLJ", "转办", "市政府", "陕西省人民政府"));
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertEquals(2, desk.cases(HEAD, day, day, false).size());
        List<CaseFacts> zone = desk.cases(ZONE, day, day, false);
        assertEquals(1, zone.size());
        assertEquals("LC-DZ-BLJ", zone.get(0).handlingAgencyCode());
        assertNotNull(zone.get(0).delegatedAt());
        assertEquals(1, desk.cases(HEAD, day, day, true).size());
        assertEquals("市政府", service.get(HEAD, delegated).delegation().principal());
    }
}
