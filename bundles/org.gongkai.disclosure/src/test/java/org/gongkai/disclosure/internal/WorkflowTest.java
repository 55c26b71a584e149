package org.gongkai.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowTest {

    private static Actor as(Role role) {
        return new Actor(role.id(), "LC-GKB", Set.of(role.id()));
    }

    /** Every allowed (stage, action) pair with the stage it leads to and the role that may take it. */
    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(Stage.RECEIVED, Action.REGISTER, Stage.REGISTERED, Role.REGISTRAR),
                Arguments.of(Stage.RECEIVED, Action.REPLY_ON_THE_SPOT, Stage.DELIVERED, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.REPLY_ON_THE_SPOT, Stage.DELIVERED, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.REQUEST_CORRECTION, Stage.CORRECTION, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.REQUEST_CORRECTION, Stage.CORRECTION, Role.HANDLER),
                Arguments.of(Stage.CORRECTION, Action.RECEIVE_CORRECTION, Stage.REGISTERED, Role.REGISTRAR),
                Arguments.of(Stage.CORRECTION, Action.DEEM_ABANDONED, Stage.ABANDONED, Role.REGISTRAR),
                Arguments.of(Stage.CORRECTION, Action.DEEM_ABANDONED, Stage.ABANDONED, Role.OFFICE_HEAD),
                Arguments.of(Stage.CORRECTION, Action.GOOD_REASON, Stage.CORRECTION, Role.REGISTRAR),
                Arguments.of(Stage.CORRECTION, Action.GOOD_REASON, Stage.CORRECTION, Role.OFFICE_HEAD),
                Arguments.of(Stage.REGISTERED, Action.REQUEST_REASONS, Stage.REGISTERED, Role.HANDLER),
                Arguments.of(Stage.DRAFTING, Action.REQUEST_REASONS, Stage.DRAFTING, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.SET_LATER_DATE, Stage.REGISTERED, Role.OFFICE_HEAD),
                Arguments.of(Stage.DRAFTING, Action.SET_LATER_DATE, Stage.DRAFTING, Role.OFFICE_HEAD),
                Arguments.of(Stage.REVIEW, Action.SET_LATER_DATE, Stage.REVIEW, Role.OFFICE_HEAD),
                Arguments.of(Stage.REGISTERED, Action.START_DRAFTING, Stage.DRAFTING, Role.HANDLER),
                Arguments.of(Stage.DRAFTING, Action.SUBMIT_FOR_REVIEW, Stage.REVIEW, Role.HANDLER),
                Arguments.of(Stage.REVIEW, Action.APPROVE, Stage.REPLIED, Role.REVIEWER),
                Arguments.of(Stage.REVIEW, Action.RETURN, Stage.DRAFTING, Role.REVIEWER),
                Arguments.of(Stage.REPLIED, Action.DELIVER, Stage.DELIVERED, Role.REGISTRAR),
                Arguments.of(Stage.DELIVERED, Action.ARCHIVE, Stage.ARCHIVED, Role.REGISTRAR),
                Arguments.of(Stage.WITHDRAWN, Action.ARCHIVE, Stage.ARCHIVED, Role.REGISTRAR),
                Arguments.of(Stage.ABANDONED, Action.ARCHIVE, Stage.ARCHIVED, Role.REGISTRAR),
                Arguments.of(Stage.LAPSED, Action.ARCHIVE, Stage.ARCHIVED, Role.REGISTRAR),
                Arguments.of(Stage.RECEIVED, Action.WITHDRAW, Stage.WITHDRAWN, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.WITHDRAW, Stage.WITHDRAWN, Role.REGISTRAR),
                Arguments.of(Stage.CORRECTION, Action.WITHDRAW, Stage.WITHDRAWN, Role.REGISTRAR),
                Arguments.of(Stage.DRAFTING, Action.WITHDRAW, Stage.WITHDRAWN, Role.REGISTRAR),
                Arguments.of(Stage.REVIEW, Action.WITHDRAW, Stage.WITHDRAWN, Role.REGISTRAR),
                Arguments.of(Stage.REGISTERED, Action.FEE_LAPSE, Stage.LAPSED, Role.OFFICE_HEAD),
                Arguments.of(Stage.DRAFTING, Action.FEE_LAPSE, Stage.LAPSED, Role.REGISTRAR));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2} as {3}")
    @MethodSource("allowed")
    void allowedTransitionsLeadToTheirStage(Stage from, Action action, Stage to, Role role) {
        assertEquals(to, Workflow.next(from, action, as(role)));
        assertTrue(Workflow.available(from, as(role)).contains(action));
    }

    @Test
    void everyOtherStageAndActionPairIsRefusedWithAConflict() {
        Set<String> allowed = new java.util.HashSet<>();
        allowed().forEach(a -> allowed.add(a.get()[0] + "/" + a.get()[1]));
        Actor everyone = new Actor("all", "LC-GKB", EnumSet.allOf(Role.class).stream().map(Role::id)
                .collect(java.util.stream.Collectors.toSet()));
        int refused = 0;
        for (Stage s : Stage.values()) {
            for (Action a : Action.values()) {
                if (allowed.contains(s + "/" + a)) {
                    continue;
                }
                assertThrows(ConflictException.class, () -> Workflow.next(s, a, everyone), s + "/" + a);
                refused++;
            }
        }
        assertEquals(Stage.values().length * Action.values().length - allowed.size(), refused);
    }

    @Test
    void theRightStageWithTheWrongRoleIsForbidden() {
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.REVIEW, Action.APPROVE, as(Role.HANDLER)));
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.RECEIVED, Action.REGISTER, as(Role.HANDLER)));
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.DRAFTING, Action.SUBMIT_FOR_REVIEW,
                as(Role.REVIEWER)));
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.REPLIED, Action.DELIVER, as(Role.ZONE_STAFF)));
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.DRAFTING, Action.SET_LATER_DATE,
                as(Role.HANDLER)));
        assertThrows(AccessDeniedException.class, () -> Workflow.next(Stage.CORRECTION, Action.GOOD_REASON,
                as(Role.HANDLER)));
    }

    @Test
    void anArchivedCaseIsLocked() {
        Actor everyone = new Actor("all", "LC-GKB", Set.of("registrar", "handler", "reviewer", "office-head"));
        assertEquals(List.of(), Workflow.available(Stage.ARCHIVED, everyone));
        assertTrue(Stage.ARCHIVED.closed());
        assertTrue(!Stage.REVIEW.closed());
    }
}
