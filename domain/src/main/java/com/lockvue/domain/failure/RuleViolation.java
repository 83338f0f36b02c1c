package com.lockvue.domain.failure;

/** The caller is known, but a business rule forbids the request (feature off, code expired, level too low). */
public final class RuleViolation extends DomainFailure {
    public RuleViolation(FailureCode code, String detail) {
        super(code, detail);
    }
}
