package com.lockvue.application.view;

import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;

/** Narrows the audit trail; every part is optional. {@code from} is inclusive, {@code to} exclusive. */
public record AuditFilter(LockId lockId, UniqueCodeId uniqueCodeId, AuditAction action, Instant from, Instant to) {
    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInput.of("/from", "must be before 'to'");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
