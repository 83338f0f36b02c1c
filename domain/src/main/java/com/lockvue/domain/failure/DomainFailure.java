package com.lockvue.domain.failure;

import java.util.List;
import java.util.Objects;

/**
 * A request the domain refuses. Each subclass is one kind of refusal (what HTTP calls the status);
 * the {@link FailureCode} says exactly which rule was broken and is stable for clients.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits NotFound, InvalidInput, Conflict, RuleViolation, NotAuthenticated, TooManyAttempts,
        PreconditionFailed, Unprocessable {

    private final FailureCode code;
    private List<RateLimitStatus> limits = List.of();

    protected DomainFailure(FailureCode code, String detail) {
        super(detail, null, false, false);
        this.code = Objects.requireNonNull(code);
    }

    public FailureCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** Where the caller stands in the rate limits the refused request was counted in; empty if none. */
    public List<RateLimitStatus> limits() {
        return limits;
    }

    /** Notes the rate limits this refused request was counted in, for the caller to be told. */
    public DomainFailure countedIn(List<RateLimitStatus> counted) {
        this.limits = List.copyOf(counted);
        return this;
    }

    /** Per-field problems; empty unless the failure is about specific input fields. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
