package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.ListSharedLocksQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.CodeSummary;
import com.lockvue.application.view.LockAccess;
import java.time.Clock;
import java.time.Instant;

public class ListSharedLocksService implements ListSharedLocksQuery {
    private final CodeSessionGuard guard;
    private final PermissionQueries permissions;
    private final TransactionRunner tx;
    private final Clock clock;

    public ListSharedLocksService(CodeSessionGuard guard, PermissionQueries permissions, TransactionRunner tx,
            Clock clock) {
        this.guard = guard;
        this.permissions = permissions;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SharedLocks list(CodeSession session) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            CodeSessionGuard.Checked checked = guard.requireValid(session, now);
            return new SharedLocks(CodeSummary.of(checked.code(), now), LockAccess.of(checked.code(), now, checked.zone()),
                    permissions.sharedWith(checked.code().id()));
        });
    }
}
