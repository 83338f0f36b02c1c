package com.lockvue.application.fakes;

import com.lockvue.application.port.out.TransactionRunner;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work; if it throws, every registered store is put back as it was before, so a test can observe that a
 * refused request changed nothing. Nested calls join the outer transaction.
 */
public final class FakeTransactionRunner implements TransactionRunner {
    private final List<Transactional> stores;
    private int depth;
    private int commits;
    private int rollbacks;

    public FakeTransactionRunner(Transactional... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Runnable> restore = stores.stream().map(Transactional::snapshot).toList();
        depth++;
        try {
            T result = work.get();
            commits++;
            return result;
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            rollbacks++;
            throw e;
        } finally {
            depth--;
        }
    }

    private int commitsWithoutWaiting;

    @Override
    public void commitWithoutWaitingForDisk() {
        if (depth == 0) {
            throw new IllegalStateException("not in a transaction");
        }
        commitsWithoutWaiting++;
    }

    /** How many transactions asked not to wait for the disk. */
    public int commitsWithoutWaiting() {
        return commitsWithoutWaiting;
    }

    public boolean inTransaction() {
        return depth > 0;
    }

    public int commits() {
        return commits;
    }

    public int rollbacks() {
        return rollbacks;
    }
}
