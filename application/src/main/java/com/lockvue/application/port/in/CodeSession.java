package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.Objects;

/**
 * The mobile app after a Code Login: which code, of which account, on which device. Every request made with it
 * is checked again against the code's current state ({@code CodeSessionGuard}).
 */
public record CodeSession(UniqueCodeId uniqueCodeId, AccountId accountId, DeviceId deviceId, String clientAddress) {
    public CodeSession {
        Objects.requireNonNull(uniqueCodeId);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(deviceId);
    }

    /** An audit event of something done in this session, from where the phone is. */
    public AuditEvent.Builder audit(AuditAction action, Instant at) {
        return AuditEvent.byCode(uniqueCodeId, accountId, action, at).from(clientAddress);
    }
}
