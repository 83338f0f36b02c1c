package com.lockvue.application.port.in;

import com.lockvue.domain.failure.InvalidInput;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries out a request at most once per idempotency key: the first success is kept (24 hours) and given again to
 * every repeat of the same request with the same key, without running it again. The same key with another request
 * is refused (Unprocessable, idempotency-key-reused), and so is a repeat while the first is still running
 * (Conflict, idempotency-key-in-use). A refusal is not kept: it changed nothing, so a repeat is decided afresh.
 *
 * <p>The answer is whatever the caller makes of the result, as opaque bytes: this port knows nothing of HTTP.
 */
public interface IdempotentRequestUseCase {

    <T> Outcome<T> run(IdempotentRequest request, Supplier<T> work, Function<T, byte[]> answer);

    /**
     * How the work commits. {@link #WITH_THE_CHANGE}: in one transaction, which the answer joins, so a change is
     * never committed without its answer (an answer lost after the commit is given again). {@link #IN_STEPS}: the
     * work commits in several transactions of its own (logins count the attempt before the slow password hash);
     * its answer is kept in one more, after the last.
     */
    enum Commit {
        WITH_THE_CHANGE, IN_STEPS
    }

    /**
     * @param key         the key within its scope (an account, or all anonymous callers)
     * @param fingerprint a digest of the request as the caller made it (method, path, body, and who it is)
     */
    record IdempotentRequest(IdempotencyKey key, byte[] fingerprint, Commit commit) {
        public IdempotentRequest {
            Objects.requireNonNull(key);
            Objects.requireNonNull(fingerprint);
            Objects.requireNonNull(commit);
        }
    }

    /** A client's key, and whose keys it is among: one scope's keys never meet another's. */
    record IdempotencyKey(String scope, String value) {
        public static final int MAX_LENGTH = 255;
        public static final int MIN_LENGTH = 16;

        public IdempotencyKey {
            Objects.requireNonNull(scope);
            if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH
                    || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
                throw InvalidInput.of("/Idempotency-Key", "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                        + " visible ASCII characters, such as a random UUID");
            }
        }

        @Override
        public String toString() {
            return "IdempotencyKey[scope=" + scope + ", ****]";
        }
    }

    /** The work's own result, or the answer kept from the first time. */
    sealed interface Outcome<T> permits Fresh, Replayed {
    }

    record Fresh<T>(T value) implements Outcome<T> {
    }

    record Replayed<T>(byte[] answer) implements Outcome<T> {
    }
}
