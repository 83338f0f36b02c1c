package com.lockvue.domain.failure;

/** The thing does not exist, or belongs to another account (the two are indistinguishable on purpose). */
public final class NotFound extends DomainFailure {
    public NotFound(FailureCode code, String detail) {
        super(code, detail);
    }
}
