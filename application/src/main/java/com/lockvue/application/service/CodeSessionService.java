package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.CodeSessionQuery;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Clock;

public class CodeSessionService implements CodeSessionQuery {
    private final CodeSessions sessions;
    private final PermissionRepository permissions;
    private final TransactionRunner tx;
    private final Clock clock;

    public CodeSessionService(CodeSessions sessions, PermissionRepository permissions, TransactionRunner tx,
            Clock clock) {
        this.sessions = sessions;
        this.permissions = permissions;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SessionOverview overview(CodeSession session) {
        return tx.inTransaction(() -> {
            UniqueCode code = sessions.requireValid(session, clock.instant());
            return new SessionOverview(code, permissions.sharedLocks(new Recipient.UniqueCode(code.id())));
        });
    }
}
