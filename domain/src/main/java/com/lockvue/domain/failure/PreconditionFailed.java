package com.lockvue.domain.failure;

/** The caller changed a copy that is no longer current (its If-Match names an older version); nothing changed. */
public final class PreconditionFailed extends DomainFailure {
    public PreconditionFailed(String detail) {
        super(FailureCode.PRECONDITION_FAILED, detail);
    }

    /** Throws unless {@code expected} is null (no condition) or the version the caller saw is the current one. */
    public static void unlessCurrent(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new PreconditionFailed(what + " has changed since version " + expected + " (now " + current
                    + "); read it again and retry");
        }
    }
}
