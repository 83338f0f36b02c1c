package com.lockvue.application.service;

import com.lockvue.application.port.in.AnnounceCodeExpiriesUseCase;
import com.lockvue.application.port.out.CodeExpiries;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.util.Optional;

/**
 * One transaction per code: it is claimed (other instances skip it), marked announced, and its expiry recorded in
 * the audit trail and the outbox together, so each expiry is told exactly once.
 */
public class AnnounceCodeExpiriesService implements AnnounceCodeExpiriesUseCase {
    private final CodeExpiries expiries;
    private final AuditedTransactions audited;

    public AnnounceCodeExpiriesService(CodeExpiries expiries, AuditedTransactions audited) {
        this.expiries = expiries;
        this.audited = audited;
    }

    @Override
    public int announceDue(int max) {
        int announced = 0;
        while (announced < max && announceOne()) {
            announced++;
        }
        return announced;
    }

    private boolean announceOne() {
        return audited.success(now -> AuditEvent.bySystem(AuditAction.UNIQUE_CODE_EXPIRED, now), event -> {
            Optional<UniqueCode> expired = expiries.claimExpiredUnannounced(event.now());
            if (expired.isEmpty()) {
                event.drop();
                return false;
            }
            UniqueCode code = expired.get();
            expiries.markAnnounced(code.id(), event.now());
            event.account(code.accountId()).uniqueCode(code.id()).note("expired at " + code.effectiveExpiry());
            event.facts().code(code);
            return true;
        });
    }
}
