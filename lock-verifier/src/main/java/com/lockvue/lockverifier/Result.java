package com.lockvue.lockverifier;

import java.util.Objects;

/** The outcome of {@link LockCommandVerifier#verify(byte[])}: accepted with its claims, or one precise reason. */
public sealed interface Result permits Result.Accepted, Result.Rejected {

    default boolean accepted() {
        return this instanceof Accepted;
    }

    record Accepted(VerifiedCommand command) implements Result {
        public Accepted {
            Objects.requireNonNull(command);
        }
    }

    record Rejected(Rejection reason) implements Result {
        public Rejected {
            Objects.requireNonNull(reason);
        }
    }
}
