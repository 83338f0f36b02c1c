package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;

/** Appends to audit_events in plain SQL ({@link Jdbc}), in the caller's transaction: every request writes one. */
@ApplicationScoped
public class PostgresAuditLog implements AuditLog {
    private static final String INSERT = """
            INSERT INTO audit_events (id, account_id, occurred_at, actor_type, actor_id, action, outcome, lock_id,
              unique_code_id, permission_id, reason, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Jdbc jdbc;

    @Inject
    public PostgresAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent event) {
        jdbc.update(INSERT, p -> p.uuid(event.id()).uuid(event.accountId() == null ? null : event.accountId().value())
                .at(event.occurredAt()).text(event.actor().type().name()).text(event.actor().id())
                .text(event.action().name()).text(event.outcome().name()).uuid(valueOf(event.lockId(), LockId::value))
                .uuid(valueOf(event.uniqueCodeId(), UniqueCodeId::value))
                .uuid(valueOf(event.permissionId(), PermissionId::value)).text(truncate(event.reason(), 300))
                .text(truncate(event.clientAddress(), 64)));
    }

    private static <T> UUID valueOf(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
