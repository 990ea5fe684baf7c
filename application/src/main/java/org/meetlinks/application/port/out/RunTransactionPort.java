package org.meetlinks.application.port.out;

import java.util.function.Supplier;

/** Runs work in a new database transaction: all of its writes commit together or not at all. */
public interface RunTransactionPort {
    <T> T inTransaction(Supplier<T> work);

    /** The same for work that answers nothing. */
    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
