package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.OwnerSessionUseCase;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Clock;
import java.time.Instant;

public class OwnerSessionService implements OwnerSessionUseCase {
    private final OwnerSessionRepository sessions;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public OwnerSessionService(OwnerSessionRepository sessions, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void requireActive(AccountAdmin admin) {
        tx.inTransaction(() -> {
            load(admin).requireActive(admin.userId(), clock.instant());
        });
    }

    @Override
    public void logOut(AccountAdmin admin) {
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            OwnerSession session = load(admin);
            session.requireActive(admin.userId(), now);
            session.end(now);
            sessions.update(session);
            audit.append(AuditEvent.of(AuditAction.USER_LOGOUT, Actor.user(admin.userId()), now)
                    .account(admin.accountId()).from(admin.clientAddress()).build());
        });
    }

    private OwnerSession load(AccountAdmin admin) {
        return sessions.findById(admin.sessionId())
                .orElseThrow(() -> new NotAuthenticated(FailureCode.SESSION_ENDED, "This session has ended; log in again"));
    }
}
