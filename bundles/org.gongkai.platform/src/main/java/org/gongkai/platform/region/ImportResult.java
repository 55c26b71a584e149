package org.gongkai.platform.region;

import java.util.List;
import org.gongkai.platform.FieldError;

/**
 * The outcome of a CSV import. When {@code errors} is not empty nothing was written; each error's field names the
 * line, e.g. {@code line 7: parent_code}.
 */
public record ImportResult(int created, int updated, List<FieldError> errors) {
    public boolean ok() {
        return errors.isEmpty();
    }
}
