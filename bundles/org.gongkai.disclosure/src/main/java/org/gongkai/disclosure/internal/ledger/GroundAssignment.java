package org.gongkai.disclosure.internal.ledger;

import static org.gongkai.disclosure.internal.ledger.LedgerColumn.GROUNDS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;

/**
 * Gives each item the withholding ground its decision needs. The 不予公开理由 cell may hold one ground per item (blank
 * where none is needed), a single ground for every item that needs one, or one ground per such item in order.
 */
final class GroundAssignment {
    private GroundAssignment() {
    }

    /** The ground of each item (null where none), or null after reporting why the cell does not fit the decisions. */
    static List<Ground> assign(List<Decision> decisions, List<Ground> grounds, RowErrors errors) {
        int n = decisions.size();
        List<Integer> needing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (decisions.get(i) != null && decisions.get(i).needsGround()) {
                needing.add(i);
            }
        }
        List<Ground> given = grounds.stream().filter(Objects::nonNull).toList();
        List<Ground> result = new ArrayList<>(Collections.nCopies(n, null));
        if (decisions.stream().allMatch(Objects::isNull)) {
            return result;
        }
        if (given.isEmpty()) {
            if (needing.isEmpty()) {
                return result;
            }
            errors.add(GROUNDS, "第 " + LedgerCaseRules.itemNumbers(needing) + " 项的处理结果（部分公开、不予公开）须填写不予公开理由",
                    "Item(s) " + LedgerCaseRules.itemNumbers(needing).replace('、', ',')
                            + " are partly disclosed or withheld and need a withholding ground");
            return null;
        }
        if (needing.isEmpty()) {
            errors.add(GROUNDS, "处理结果均无需不予公开理由（只有部分公开、不予公开需要），请清空此列",
                    "None of the decisions takes a withholding ground (only partly disclosed or withheld do): clear it");
            return null;
        }
        if (grounds.size() == n) {
            return byPosition(decisions, grounds, errors);
        }
        if (given.size() == 1 || given.size() == needing.size()) {
            for (int k = 0; k < needing.size(); k++) {
                result.set(needing.get(k), given.size() == 1 ? given.get(0) : given.get(k));
            }
            return result;
        }
        errors.add(GROUNDS, "不予公开理由有 " + given.size() + " 项，而需要理由的处理结果有 " + needing.size()
                + " 项（第 " + LedgerCaseRules.itemNumbers(needing) + " 项）：请逐项填写，或只填一项",
                given.size() + " withholding grounds for " + needing.size()
                        + " decisions that need one: give one per item, or one for all");
        return null;
    }

    private static List<Ground> byPosition(List<Decision> decisions, List<Ground> grounds, RowErrors errors) {
        List<Integer> missing = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            boolean needs = decisions.get(i) != null && decisions.get(i).needsGround();
            if (needs && grounds.get(i) == null) {
                missing.add(i);
            } else if (!needs && grounds.get(i) != null) {
                extra.add(i);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(GROUNDS, "第 " + LedgerCaseRules.itemNumbers(missing) + " 项的处理结果须填写不予公开理由",
                    "Item(s) " + LedgerCaseRules.itemNumbers(missing).replace('、', ',') + " need a withholding ground");
        }
        if (!extra.isEmpty()) {
            errors.add(GROUNDS, "第 " + LedgerCaseRules.itemNumbers(extra) + " 项的处理结果无需不予公开理由",
                    "Item(s) " + LedgerCaseRules.itemNumbers(extra).replace('、', ',') + " take no withholding ground");
        }
        return missing.isEmpty() && extra.isEmpty() ? grounds : null;
    }
}
