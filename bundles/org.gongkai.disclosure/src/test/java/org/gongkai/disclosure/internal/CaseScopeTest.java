package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.Test;

/** Who sees and works on a case a development zone handles on the government's behalf. */
class CaseScopeTest {
    private static final String GOV = "LC-GKB";
    private static final String BLJ = "LC-DZ-BLJ";
    private static final String GTJ = "LC-DZ-GTJ";

    /** The platform rule as the demo has it: the office sees the county, a zone or department only itself. */
    private static final Map<String, Set<String>> VISIBLE = Map.of(BLJ, Set.of(BLJ), GTJ, Set.of(GTJ), "LC-ZJJ",
            Set.of("LC-ZJJ"));
    private static final BiPredicate<Actor, String> SEES = (a, code) -> !VISIBLE.containsKey(a.agencyCode())
            || VISIBLE.get(a.agencyCode()).contains(code);

    private static final Actor OFFICE_HANDLER = new Actor("handler", GOV, Set.of(Role.HANDLER.id()));
    private static final Actor BLJ_STAFF = new Actor("zone", BLJ, Set.of(Role.ZONE_STAFF.id()));
    private static final Actor GTJ_STAFF = new Actor("zone2", GTJ, Set.of(Role.ZONE_STAFF.id()));
    private static final Actor DEPARTMENT = new Actor("zj", "LC-ZJJ", Set.of(Role.HANDLER.id()));

    @Test
    void officeKeepsItsFullViewOfDelegatedCases() {
        assertTrue(CaseScope.canSee(SEES, OFFICE_HANDLER, GOV, BLJ));
        assertTrue(CaseScope.canSee(SEES, OFFICE_HANDLER, GOV, null));
    }

    @Test
    void zoneStaffSeeOnlyTheCasesTheirZoneHandles() {
        assertTrue(CaseScope.canSee(SEES, BLJ_STAFF, GOV, BLJ));
        assertFalse(CaseScope.canSee(SEES, BLJ_STAFF, GOV, GTJ), "another zone's delegated case");
        assertFalse(CaseScope.canSee(SEES, BLJ_STAFF, GOV, null), "a government case not delegated (or recalled)");
        assertFalse(CaseScope.canSee(SEES, GTJ_STAFF, GOV, BLJ));
        assertFalse(CaseScope.canSee(SEES, DEPARTMENT, GOV, BLJ), "a department sees neither government nor zone");
    }

    @Test
    void anIndependentZonesOwnCasesAreOrdinaryCasesOfTheZone() {
        assertTrue(CaseScope.canSee(SEES, BLJ_STAFF, BLJ, null));
        assertFalse(CaseScope.canSee(SEES, GTJ_STAFF, BLJ, null));
    }

    @Test
    void zoneStaffActAsRegistrarHandlerAndReviewerOfTheirDelegatedCase() {
        Actor acting = CaseScope.actingFor(BLJ_STAFF, BLJ);

        assertEquals("zone", acting.username());
        assertEquals(BLJ, acting.agencyCode());
        assertTrue(acting.hasRole(Role.REGISTRAR) && acting.hasRole(Role.HANDLER) && acting.hasRole(Role.REVIEWER));
        assertTrue(acting.hasRole(Role.ZONE_STAFF));
        assertFalse(acting.hasRole(Role.OFFICE_HEAD));
        assertEquals(Stage.DRAFTING, Workflow.next(Stage.REGISTERED, Action.START_DRAFTING, acting));
        assertEquals(Stage.REPLIED, Workflow.next(Stage.REVIEW, Action.APPROVE, acting));
        assertEquals(Stage.DELIVERED, Workflow.next(Stage.REPLIED, Action.DELIVER, acting));
    }

    @Test
    void theOfficeHeadsStepsStayWithTheGovernment() {
        Actor acting = CaseScope.actingFor(BLJ_STAFF, BLJ);

        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.DRAFTING, Action.SET_LATER_DATE, acting));
        assertFalse(Workflow.available(Stage.DRAFTING, acting).contains(Action.SET_LATER_DATE));
        assertTrue(Workflow.available(Stage.DRAFTING, acting).contains(Action.SUBMIT_FOR_REVIEW));
    }

    @Test
    void nobodyElseGainsRoles() {
        assertSame(GTJ_STAFF, CaseScope.actingFor(GTJ_STAFF, BLJ), "another zone's case");
        assertSame(BLJ_STAFF, CaseScope.actingFor(BLJ_STAFF, null), "recalled case");
        assertSame(OFFICE_HANDLER, CaseScope.actingFor(OFFICE_HANDLER, BLJ));
        Actor auditorAtZone = new Actor("a", BLJ, Set.of(Role.AUDITOR.id()));
        assertSame(auditorAtZone, CaseScope.actingFor(auditorAtZone, BLJ), "only zone staff act for the zone");
        assertTrue(Workflow.available(Stage.REGISTERED, BLJ_STAFF).isEmpty(), "zone staff alone hold no workflow role");
    }
}
