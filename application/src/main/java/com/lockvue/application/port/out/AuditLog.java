package com.lockvue.application.port.out;

import com.lockvue.domain.audit.AuditEvent;

/** The append-only audit trail, written to; read through {@code AuditQueries}. */
public interface AuditLog {
    void append(AuditEvent event);
}
