package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** One use case, one JTA transaction: a runtime exception rolls it back and reaches the caller unchanged. */
@ApplicationScoped
public class JpaTransactionRunner implements TransactionRunner {

    @Override
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
