package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @Override
    public void append(AuditEvent event) {
        AuditEventEntity e = new AuditEventEntity();
        e.id = event.id();
        e.accountId = event.accountId() == null ? null : event.accountId().value();
        e.occurredAt = event.occurredAt();
        e.actorType = event.actor().type().name();
        e.actorId = event.actor().id();
        e.action = event.action().name();
        e.outcome = event.outcome().name();
        e.lockId = valueOf(event.lockId(), LockId::value);
        e.uniqueCodeId = valueOf(event.uniqueCodeId(), UniqueCodeId::value);
        e.permissionId = valueOf(event.permissionId(), PermissionId::value);
        e.reason = truncate(event.reason(), 300);
        e.clientAddress = truncate(event.clientAddress(), 64);
        e.persist();
    }

    private static <T> UUID valueOf(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
