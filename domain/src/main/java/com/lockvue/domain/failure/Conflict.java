package com.lockvue.domain.failure;

/** The request clashes with the current state (a duplicate, a code bound elsewhere). */
public final class Conflict extends DomainFailure {
    public Conflict(FailureCode code, String detail) {
        super(code, detail);
    }
}
