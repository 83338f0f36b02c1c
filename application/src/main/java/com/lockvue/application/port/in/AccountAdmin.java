package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Objects;

/** A logged-in user acting on their own account, in one of their sessions, and the address the request came from. */
public record AccountAdmin(UserId userId, AccountId accountId, OwnerSessionId sessionId, String clientAddress) {
    public AccountAdmin {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(sessionId);
    }

    /** An audit event of something this admin does, from where they are. */
    public AuditEvent.Builder audit(AuditAction action, Instant at) {
        return AuditEvent.byUser(userId, accountId, action, at).from(clientAddress);
    }
}
