package com.lockvue.application.port.out;

import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Requests made with an idempotency key, in storage shared by every server instance. A claim marks the key as
 * running for a lease; the answer completes it. Implementations keep neither keys nor answers in clear: the answer
 * of a code or key creation holds a secret.
 */
public interface IdempotencyStore {

    /** Claims the key for a request with this fingerprint, or says what is already known of it. */
    Claim claim(IdempotencyKey key, byte[] fingerprint, Instant now, Duration lease, Duration retention);

    /** Keeps the answer of this claim; false if the claim was lost meanwhile (its lease ran out and was taken). */
    boolean complete(IdempotencyKey key, UUID claimId, byte[] answer);

    /** Forgets a claim that came to no answer, so that a repeat runs afresh. */
    void release(IdempotencyKey key, UUID claimId);

    sealed interface Claim permits Claimed, Done, Running, OtherRequest {
    }

    /** Ours to run. */
    record Claimed(UUID claimId) implements Claim {
    }

    /** Answered already, for the same request. */
    record Done(byte[] answer) implements Claim {
    }

    /** Claimed for the same request, not answered yet, its lease still running. */
    record Running() implements Claim {
    }

    /** The key is held by a different request. */
    record OtherRequest() implements Claim {
    }
}
