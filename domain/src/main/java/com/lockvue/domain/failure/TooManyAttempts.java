package com.lockvue.domain.failure;

import java.time.Duration;

/** A rate limit was reached; the caller may try again after {@link #retryAfter()}. */
public final class TooManyAttempts extends DomainFailure {
    private final Duration retryAfter;

    public TooManyAttempts(String detail, Duration retryAfter) {
        super(FailureCode.TOO_MANY_ATTEMPTS, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
