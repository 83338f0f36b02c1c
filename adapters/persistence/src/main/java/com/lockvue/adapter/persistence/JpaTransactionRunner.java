package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.failure.DomainFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** One use case, one JTA transaction: a runtime exception rolls it back and reaches the caller unchanged. */
@ApplicationScoped
public class JpaTransactionRunner implements TransactionRunner {
    @Inject
    TransactionManager transactions;

    @Inject
    Jdbc jdbc;

    @Override
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * As the port says, with one addition for work that joins steps of its own: a refusal from a step that asked for
     * all or nothing (its joined transaction was marked for rollback) rolls everything back, instead of failing at
     * commit.
     */
    @Override
    public <T> T inTransactionKeepingRefusals(Supplier<T> work) {
        Outcome<T> outcome = inTransaction(() -> {
            try {
                return new Outcome<>(work.get(), null);
            } catch (DomainFailure refused) {
                if (markedForRollback()) {
                    throw refused;
                }
                return new Outcome<T>(null, refused);
            }
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.value();
    }

    /** PostgreSQL's own setting for this, for the current transaction only ({@code SET LOCAL}). */
    @Override
    public void commitWithoutWaitingForDisk() {
        if (!active()) {
            throw new IllegalStateException("not in a transaction");
        }
        jdbc.update("SET LOCAL synchronous_commit TO OFF", p -> { });
    }

    private boolean active() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean markedForRollback() {
        try {
            return transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
