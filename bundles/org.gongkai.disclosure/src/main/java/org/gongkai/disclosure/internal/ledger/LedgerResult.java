package org.gongkai.disclosure.internal.ledger;

import java.util.List;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;

/**
 * What a ledger file parsed to: the valid rows, and one error per problem found (every bad row, in line order). An
 * import persists the rows only when there is no error at all.
 */
public record LedgerResult(List<LedgerRow> rows, List<LedgerError> errors) {
    public LedgerResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static LedgerResult failed(LedgerError error) {
        return new LedgerResult(List.of(), List.of(error));
    }

    /** True when the file parsed without any error (then it has at least one row). */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a ValidationException carrying every error as a field error, when there is any. */
    public void check() {
        if (!errors.isEmpty()) {
            List<FieldError> fieldErrors = errors.stream().map(LedgerError::toFieldError).toList();
            throw new ValidationException(fieldErrors);
        }
    }
}
