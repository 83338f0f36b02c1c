package com.lockvue.domain.failure;

import java.util.List;
import java.util.Objects;

/**
 * A request the domain refuses. Each subclass is one kind of refusal (what HTTP calls the status);
 * the {@link FailureCode} says exactly which rule was broken and is stable for clients.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits NotFound, InvalidInput, Conflict, RuleViolation, NotAuthenticated, TooManyAttempts,
        PreconditionFailed {

    private final FailureCode code;

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

    /** Per-field problems; empty unless the failure is about specific input fields. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
