package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * One use case, one transaction on one pooled connection, without JTA ({@link Jdbc#inTransaction}): for use cases
 * whose every out-port runs plain SQL through {@link Jdbc}, a code session's lock commands. It saves JTA's begin,
 * enlistment and two-phase bookkeeping on the path a person waits on at the door. Inside a JTA transaction (an
 * idempotent request's, which stores its answer with the change) it joins that one, as {@link JpaTransactionRunner}
 * would. Not the default runner: wiring hands it to the use cases it suits, by name.
 */
@ApplicationScoped
@Typed(JdbcTransactionRunner.class)
public class JdbcTransactionRunner implements TransactionRunner {
    @Inject
    Jdbc jdbc;

    @Inject
    JpaTransactionRunner jta;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.inJtaTransaction() ? jta.inTransaction(work) : jdbc.inTransaction(work);
    }

    @Override
    public <T> T inTransactionKeepingRefusals(Supplier<T> work) {
        return jdbc.inJtaTransaction() ? jta.inTransactionKeepingRefusals(work)
                : TransactionRunner.super.inTransactionKeepingRefusals(work);
    }

    @Override
    public void commitWithoutWaitingForDisk() {
        if (jdbc.inPlainTransaction()) {
            jdbc.update("SET LOCAL synchronous_commit TO OFF", p -> { });
        } else {
            jta.commitWithoutWaitingForDisk();
        }
    }
}
