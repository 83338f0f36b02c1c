package com.lockvue.lockverifier;

import java.util.Objects;

/**
 * The outcome of {@link LockCommandVerifier#verify(byte[])}: accepted with its claims and what the lock's clock
 * did, or one precise reason.
 */
public sealed interface Result permits Result.Accepted, Result.Rejected {

    default boolean accepted() {
        return this instanceof Accepted;
    }

    record Accepted(VerifiedCommand command, ClockReport clock) implements Result {
        public Accepted {
            Objects.requireNonNull(command);
            Objects.requireNonNull(clock);
        }
    }

    record Rejected(Rejection reason) implements Result {
        public Rejected {
            Objects.requireNonNull(reason);
        }
    }
}
