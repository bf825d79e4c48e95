package app.stoika.pos.shared;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction. Services own their transactions through this interface, so
 * they never see Hibernate; repositories called inside join the transaction. A transaction that loses a
 * deadlock or a serialization conflict is retried invisibly, so the work must be safe to repeat.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
