package org.gongkai.broadcast.internal;

import static org.gongkai.broadcast.internal.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gongkai.broadcast.Target;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;
import org.junit.jupiter.api.Test;

class TargetScopeTest {
    private final TargetScope scope = scope();

    @Test
    void townshipStaffReachTheirTownshipItsVillagesHamletsAndTerminals() {
        assertDoesNotThrow(() -> scope.requireWithin(DAXU_EDITOR, List.of(Target.region(DAXU),
                Target.region(DAXU_VILLAGE), Target.region(DAXU_HAMLET), Target.terminal("T-DX-1"))));
    }

    @Test
    void townshipStaffCannotTargetAnotherTownshipOrTheCounty() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> scope.requireWithin(DAXU_EDITOR, List.of(Target.region(DAXU), Target.terminal("T-LC-1"))));
        assertEquals("T-LC-1", e.userMessage().zh().substring(e.userMessage().zh().lastIndexOf('：') + 1));
        assertThrows(AccessDeniedException.class, () -> scope.requireWithin(DAXU_EDITOR, List.of(Target.region(COUNTY))));
    }

    @Test
    void countyStaffReachTheWholeCounty() {
        assertDoesNotThrow(() -> scope.requireWithin(COUNTY_EDITOR, List.of(Target.region(COUNTY),
                Target.terminal("T-LC-1"), Target.region(DAXU_HAMLET))));
    }

    @Test
    void unknownTargetsAreFieldErrorsWithTheirIndex() {
        ValidationException e = assertThrows(ValidationException.class, () -> scope.resolve(List.of(
                Target.region(DAXU), Target.region("450323999"), Target.terminal("T-NONE"))));
        assertEquals(List.of("targets[1]", "targets[2]"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertThrows(ValidationException.class, () -> scope.resolve(List.of()));
    }

    @Test
    void anActorWithoutAnAgencyIsDenied() {
        assertThrows(AccessDeniedException.class, () -> scope.actorRegion(actor("x", null)));
        assertThrows(AccessDeniedException.class, () -> scope.actorRegion(actor("x", "NO-SUCH")));
    }

    @Test
    void itemLevelIsTheTownshipWhenAllTargetsLieInOneElseTheCounty() {
        assertEquals(DAXU, scope.itemRegion(List.of(Target.terminal("T-DX-1"), Target.region(DAXU_VILLAGE))));
        assertEquals(DAXU, scope.itemRegion(List.of(Target.region(DAXU))));
        assertEquals(COUNTY, scope.itemRegion(List.of(Target.terminal("T-DX-1"), Target.terminal("T-LC-1"))));
        assertEquals(COUNTY, scope.itemRegion(List.of(Target.region(COUNTY))));
    }
}
