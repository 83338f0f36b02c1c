package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.ListSharedLocksQuery;
import com.lockvue.application.view.CodeSummary;
import com.lockvue.application.view.LockAccess;
import java.time.Clock;
import java.time.Instant;

/** The code session's lock list: the session checked and the shared locks read in one statement, no transaction. */
public class ListSharedLocksService implements ListSharedLocksQuery {
    private final CodeSessionGuard guard;
    private final Clock clock;

    public ListSharedLocksService(CodeSessionGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public SharedLocks list(CodeSession session) {
        Instant now = clock.instant();
        CodeSessionGuard.CheckedWithLocks found = guard.requireValidWithSharedLocks(session, now);
        CodeSessionGuard.Checked checked = found.checked();
        return new SharedLocks(CodeSummary.of(checked.code(), now), LockAccess.of(checked.code(), now, checked.zone()),
                found.locks());
    }
}
