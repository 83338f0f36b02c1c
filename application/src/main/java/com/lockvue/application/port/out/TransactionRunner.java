package com.lockvue.application.port.out;

import com.lockvue.domain.failure.DomainFailure;
import java.util.function.Supplier;

/**
 * Runs one use case as one transaction: committed when {@code work} returns, rolled back when it throws, so a
 * refused request changes nothing.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #inTransaction(Supplier)}, except that a refusal ({@link DomainFailure}) thrown by {@code work}
     * commits what {@code work} wrote before it reaches the caller: for refusals that must leave a trace, such as
     * the audit line of a refused login and the attempt it counted. Anything else still rolls back.
     */
    default <T> T inTransactionKeepingRefusals(Supplier<T> work) {
        Outcome<T> outcome = inTransaction(() -> {
            try {
                return new Outcome<>(work.get(), null);
            } catch (DomainFailure refused) {
                return new Outcome<T>(null, refused);
            }
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.value();
    }

    /**
     * Lets the current transaction's commit return before it is on disk. Only for a transaction whose writes are
     * worth nothing after a crash, or are made durable by a later commit of the same request anyway (the database
     * writes its log in order, so that later commit's flush takes this one's with it); never for anything a
     * caller is told was done.
     */
    void commitWithoutWaitingForDisk();

    /** What committed work came to: its value, or the refusal to pass on after the commit. */
    record Outcome<T>(T value, DomainFailure refusal) {
    }
}
