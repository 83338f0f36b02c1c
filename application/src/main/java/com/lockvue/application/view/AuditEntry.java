package com.lockvue.application.view;

import com.lockvue.domain.audit.AuditEvent;

/**
 * An audit event as the Activity page shows it: with the name of its lock and the description of its code, as
 * they are now (also for a deleted code), when those belong to the same account as the event, and the email of the
 * owner who acted (null for a code or an anonymous attempt).
 */
public record AuditEntry(AuditEvent event, String lockName, String uniqueCodeDescription, String actorEmail) {
    public AuditEntry(AuditEvent event, String lockName, String uniqueCodeDescription) {
        this(event, lockName, uniqueCodeDescription, null);
    }
}
