package com.lockvue.domain.failure;

import java.time.Duration;
import java.util.List;

/** A rate limit was reached; the caller may try again after {@link #retryAfter()}. */
public final class TooManyAttempts extends DomainFailure {
    private final Duration retryAfter;

    public TooManyAttempts(String detail, Duration retryAfter) {
        this(detail, retryAfter, List.of());
    }

    /** {@code limits}: the caller's own limits as they stood (see {@link #limits()}). */
    public TooManyAttempts(String detail, Duration retryAfter, List<RateLimitStatus> limits) {
        super(FailureCode.TOO_MANY_ATTEMPTS, detail);
        this.retryAfter = retryAfter;
        countedIn(limits);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
