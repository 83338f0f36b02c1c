package com.lockvue.application.port.out;

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
}
