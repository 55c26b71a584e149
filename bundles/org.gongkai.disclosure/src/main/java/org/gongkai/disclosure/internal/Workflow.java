package org.gongkai.disclosure.internal;

import static org.gongkai.disclosure.Stage.ABANDONED;
import static org.gongkai.disclosure.Stage.ARCHIVED;
import static org.gongkai.disclosure.Stage.CORRECTION;
import static org.gongkai.disclosure.Stage.DELIVERED;
import static org.gongkai.disclosure.Stage.DRAFTING;
import static org.gongkai.disclosure.Stage.LAPSED;
import static org.gongkai.disclosure.Stage.RECEIVED;
import static org.gongkai.disclosure.Stage.REGISTERED;
import static org.gongkai.disclosure.Stage.REPLIED;
import static org.gongkai.disclosure.Stage.REVIEW;
import static org.gongkai.disclosure.Stage.WITHDRAWN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.disclosure.Action;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.Message;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/**
 * The state machine of an application: for each action, the stages it may start from, the stage it leads to and the
 * roles allowed to take it. Guards that need the case's data (a correction notice only once, within 7 working days;
 * every item decided before review) are checked by the service; this class holds the shape of the workflow only.
 */
final class Workflow {

    /** One row of the table; {@code to} is null for actions that leave the stage as it is. */
    record Transition(Set<Stage> from, Stage to, Set<Role> roles) {
    }

    private static final Set<Stage> OPEN_BEFORE_REPLY = Set.of(RECEIVED, REGISTERED, CORRECTION, DRAFTING, REVIEW);
    private static final Map<Action, Transition> TABLE = new EnumMap<>(Action.class);

    static {
        TABLE.put(Action.REGISTER, new Transition(Set.of(RECEIVED), REGISTERED, Set.of(Role.REGISTRAR)));
        TABLE.put(Action.REPLY_ON_THE_SPOT, new Transition(Set.of(RECEIVED, REGISTERED), DELIVERED,
                Set.of(Role.REGISTRAR)));
        TABLE.put(Action.REQUEST_CORRECTION, new Transition(Set.of(REGISTERED), CORRECTION,
                Set.of(Role.REGISTRAR, Role.HANDLER)));
        TABLE.put(Action.RECEIVE_CORRECTION, new Transition(Set.of(CORRECTION), REGISTERED, Set.of(Role.REGISTRAR)));
        TABLE.put(Action.DEEM_ABANDONED, new Transition(Set.of(CORRECTION), ABANDONED,
                Set.of(Role.REGISTRAR, Role.OFFICE_HEAD)));
        TABLE.put(Action.GOOD_REASON, new Transition(Set.of(CORRECTION), CORRECTION,
                Set.of(Role.REGISTRAR, Role.OFFICE_HEAD)));
        TABLE.put(Action.REQUEST_REASONS, new Transition(Set.of(REGISTERED, DRAFTING), null,
                Set.of(Role.HANDLER, Role.REGISTRAR)));
        TABLE.put(Action.SET_LATER_DATE, new Transition(Set.of(REGISTERED, DRAFTING, REVIEW), null,
                Set.of(Role.OFFICE_HEAD)));
        TABLE.put(Action.START_DRAFTING, new Transition(Set.of(REGISTERED), DRAFTING, Set.of(Role.HANDLER)));
        TABLE.put(Action.SUBMIT_FOR_REVIEW, new Transition(Set.of(DRAFTING), REVIEW, Set.of(Role.HANDLER)));
        TABLE.put(Action.APPROVE, new Transition(Set.of(REVIEW), REPLIED, Set.of(Role.REVIEWER)));
        TABLE.put(Action.RETURN, new Transition(Set.of(REVIEW), DRAFTING, Set.of(Role.REVIEWER)));
        TABLE.put(Action.DELIVER, new Transition(Set.of(REPLIED), DELIVERED, Set.of(Role.REGISTRAR)));
        TABLE.put(Action.ARCHIVE, new Transition(Set.of(DELIVERED, WITHDRAWN, ABANDONED, LAPSED), ARCHIVED,
                Set.of(Role.REGISTRAR)));
        TABLE.put(Action.WITHDRAW, new Transition(OPEN_BEFORE_REPLY, WITHDRAWN, Set.of(Role.REGISTRAR)));
        TABLE.put(Action.FEE_LAPSE, new Transition(Set.of(REGISTERED, DRAFTING), LAPSED,
                Set.of(Role.REGISTRAR, Role.OFFICE_HEAD)));
    }

    private Workflow() {
    }

    static Transition transition(Action action) {
        return TABLE.get(action);
    }

    /** The stage the action leads to, after checking the current stage and the actor's role. */
    static Stage next(Stage current, Action action, Actor actor) {
        Transition t = TABLE.get(action);
        if (!t.from().contains(current)) {
            throw new ConflictException(Message.of(
                    "当前阶段「" + current.nameZh() + "」不能执行「" + action.nameZh() + "」",
                    "\"" + action.nameEn() + "\" is not possible in stage \"" + current.nameEn() + "\""));
        }
        actor.requireAnyRole(t.roles().toArray(new Role[0]));
        return t.to() == null ? current : t.to();
    }

    /** The actions the actor may take now, for the case page's buttons. */
    static List<Action> available(Stage current, Actor actor) {
        return TABLE.entrySet().stream()
                .filter(e -> e.getValue().from().contains(current))
                .filter(e -> actor.hasAnyRole(e.getValue().roles().toArray(new Role[0])))
                .map(Map.Entry::getKey).toList();
    }
}
