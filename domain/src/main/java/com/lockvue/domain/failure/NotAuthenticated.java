package com.lockvue.domain.failure;

/** Credentials or a session that do not (or no longer) identify anyone. */
public final class NotAuthenticated extends DomainFailure {
    public NotAuthenticated(FailureCode code, String detail) {
        super(code, detail);
    }
}
