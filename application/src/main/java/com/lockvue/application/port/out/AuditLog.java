package com.lockvue.application.port.out;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.domain.audit.AuditEvent;
import java.util.Optional;

/** The append-only audit trail, written to; read through {@code AuditQueries}. */
public interface AuditLog {
    /**
     * Appends the event and, if it makes one, the integrator event that tells of it: to the outbox, with a delivery
     * for each endpoint it goes to ({@link EventOutbox}). One write, in the caller's transaction, so integrators are
     * told exactly what the trail keeps.
     */
    void append(AuditEvent event, Optional<IntegratorEvent> announced);
}
