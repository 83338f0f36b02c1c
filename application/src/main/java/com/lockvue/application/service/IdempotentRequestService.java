package com.lockvue.application.service;

import com.lockvue.application.port.in.IdempotentRequestUseCase;
import com.lockvue.application.port.out.IdempotencyStore;
import com.lockvue.application.port.out.IdempotencyStore.Claim;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.Unprocessable;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request once per key. The claim commits on its own first, so that a repeat arriving meanwhile sees it
 * and is answered 409 at once rather than waiting on a lock. Then the work runs and, with
 * {@link Commit#WITH_THE_CHANGE}, its answer is stored in the very transaction of its change: the change never
 * commits without it, so "was it done?" always has an answer, even when the commit's acknowledgement is lost on its
 * way (a 503 after COMMIT). A claim whose server died is free again once its {@link #LEASE} has run out.
 */
public class IdempotentRequestService implements IdempotentRequestUseCase {
    /** How long answers are kept. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long a claim holds the key without an answer: longer than any request may take. */
    public static final Duration LEASE = Duration.ofSeconds(60);

    private final IdempotencyStore store;
    private final TransactionRunner tx;
    private final Clock clock;

    public IdempotentRequestService(IdempotencyStore store, TransactionRunner tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public <T> Outcome<T> run(IdempotentRequest request, Supplier<T> work, Function<T, byte[]> answer) {
        Claim claim = tx.inTransaction(() -> store.claim(request.key(), request.fingerprint(), clock.instant(), LEASE,
                RETENTION));
        if (claim instanceof IdempotencyStore.Done done) {
            return new Replayed<>(done.answer());
        }
        if (claim instanceof IdempotencyStore.Running) {
            throw new Conflict(FailureCode.IDEMPOTENCY_KEY_IN_USE,
                    "A request with this Idempotency-Key is still being processed; retry shortly");
        }
        if (claim instanceof IdempotencyStore.OtherRequest) {
            throw new Unprocessable(FailureCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        UUID claimId = ((IdempotencyStore.Claimed) claim).claimId();
        try {
            if (request.commit() == Commit.WITH_THE_CHANGE) {
                return new Fresh<>(tx.inTransactionKeepingRefusals(
                        () -> completed(request, claimId, work.get(), answer)));
            }
            // Each step of the work commits on its own; the answer follows in one more transaction.
            T value = work.get();
            return new Fresh<>(tx.inTransaction(() -> completed(request, claimId, value, answer)));
        } catch (RuntimeException | Error failed) {
            release(request, claimId, failed);
            throw failed;
        }
    }

    private <T> T completed(IdempotentRequest request, UUID claimId, T value, Function<T, byte[]> answer) {
        if (!store.complete(request.key(), claimId, answer.apply(value))) {
            throw new ClaimLost();
        }
        return value;
    }

    private void release(IdempotentRequest request, UUID claimId, Throwable failed) {
        try {
            tx.inTransaction(() -> store.release(request.key(), claimId));
        } catch (RuntimeException releaseFailed) {
            // The database is gone too: the claim's lease frees the key.
            failed.addSuppressed(releaseFailed);
        }
    }

    /** The claim's lease ran out and another request took the key: this one's change is rolled back. */
    public static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("The idempotency claim was taken over after its lease ran out", null, false, false);
        }
    }
}
