package com.lockvue.domain.failure;

/** The request is well-formed, but cannot be carried out as sent (an idempotency key reused for another request). */
public final class Unprocessable extends DomainFailure {
    public Unprocessable(FailureCode code, String detail) {
        super(code, detail);
    }
}
