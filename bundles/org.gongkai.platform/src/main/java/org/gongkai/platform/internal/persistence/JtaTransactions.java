package org.gongkai.platform.internal.persistence;

import java.util.function.Supplier;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import org.gongkai.platform.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Transactions} on the container's JTA transaction manager, which enlists the XA-pooled DataSource. */
@Component(service = Transactions.class)
public class JtaTransactions implements Transactions {
    private final TransactionManager tm;

    @Activate
    public JtaTransactions(@Reference TransactionManager tm) {
        this.tm = tm;
    }

    @Override
    public <T> T required(Supplier<T> work) {
        boolean joined;
        try {
            joined = tm.getStatus() != Status.STATUS_NO_TRANSACTION;
            if (!joined) {
                tm.begin();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin a transaction", e);
        }
        if (joined) {
            return work.get(); // the work's own exceptions pass unchanged; the outer caller rolls back
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollbackQuietly(e);
            throw e;
        }
        try {
            tm.commit();
        } catch (Exception e) {
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        }
        return result;
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            tm.rollback();
        } catch (IllegalStateException | SecurityException | SystemException e) {
            cause.addSuppressed(e);
        }
    }
}
