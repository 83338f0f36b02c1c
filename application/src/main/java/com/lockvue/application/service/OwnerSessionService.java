package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.OwnerSessionUseCase;
import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Clock;

public class OwnerSessionService implements OwnerSessionUseCase {
    private final OwnerSessionRepository sessions;
    private final AuditedTransactions audited;
    private final TransactionRunner tx;
    private final Clock clock;

    public OwnerSessionService(OwnerSessionRepository sessions, AuditedTransactions audited, TransactionRunner tx,
            Clock clock) {
        this.sessions = sessions;
        this.audited = audited;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void requireActive(AccountAdmin admin) {
        tx.inTransaction(() -> load(admin).requireActive(admin.owner().userId(), clock.instant()));
    }

    @Override
    public void logOut(AccountAdmin admin) {
        audited.success(now -> admin.audit(AuditAction.USER_LOGOUT, now), event -> {
            OwnerSession session = load(admin);
            session.requireActive(admin.owner().userId(), event.now());
            session.end(event.now());
            sessions.update(session);
            return null;
        });
    }

    private OwnerSession load(AccountAdmin admin) {
        return sessions.findById(admin.owner().sessionId())
                .orElseThrow(() -> new NotAuthenticated(FailureCode.SESSION_ENDED, "This session has ended; log in again"));
    }
}
