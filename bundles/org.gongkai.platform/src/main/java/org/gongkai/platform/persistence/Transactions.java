package org.gongkai.platform.persistence;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in a transaction on the shared DataSource: joins the caller's transaction if there is one, otherwise
 * begins one and commits, or rolls back on any exception (so a rejected request never leaves a half write).
 */
@ProviderType
public interface Transactions {

    <T> T required(Supplier<T> work);

    default void required(Runnable work) {
        required(() -> {
            work.run();
            return null;
        });
    }
}
