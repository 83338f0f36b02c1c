package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.AuditEntry;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class AuditDtos {
    private AuditDtos() {
    }

    public record ActorDto(String type, String id) {
    }

    public record AuditEventDto(UUID id, Instant occurredAt, AuditAction action, AuditOutcome outcome, ActorDto actor,
            UUID lockId, String lockName, UUID uniqueCodeId, String uniqueCodeDescription, UUID permissionId,
            String reason, String clientAddress, String actorEmail) {
        public static AuditEventDto of(AuditEntry entry) {
            AuditEvent e = entry.event();
            return new AuditEventDto(e.id(), e.occurredAt(), e.action(), e.outcome(),
                    new ActorDto(e.actor().type().name(), e.actor().id()),
                    e.lockId() == null ? null : e.lockId().value(), entry.lockName(),
                    e.uniqueCodeId() == null ? null : e.uniqueCodeId().value(), entry.uniqueCodeDescription(),
                    e.permissionId() == null ? null : e.permissionId().value(), e.reason(), e.clientAddress(),
                    entry.actorEmail());
        }
    }

    public record AuditEventPage(List<AuditEventDto> items, String nextCursor) {
    }
}
