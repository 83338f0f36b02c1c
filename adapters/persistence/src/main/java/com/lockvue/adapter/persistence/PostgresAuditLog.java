package com.lockvue.adapter.persistence;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Appends to audit_events in plain SQL ({@link Jdbc}), in the caller's transaction: every request writes one. An
 * event that integrators are told of is written in the same statement, to integrator_events, with a delivery for
 * each enabled endpoint of the account whose event types include its type (a test event: for its one endpoint), so
 * the door path pays one round trip for its trail, not two.
 */
@ApplicationScoped
public class PostgresAuditLog implements AuditLog {
    private static final String INSERT_AUDIT = """
            INSERT INTO audit_events (id, account_id, occurred_at, actor_type, actor_id, action, outcome, lock_id,
              unique_code_id, permission_id, reason, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String WITH_EVENT = """
            WITH audit AS (%s),
            event AS (
              INSERT INTO integrator_events (id, account_id, type, occurred_at, only_to, body)
              VALUES (?, ?, ?, ?, %s, ?)
              RETURNING id, position, occurred_at, account_id, type, only_to)
            INSERT INTO webhook_deliveries (id, endpoint_id, event_id, state, attempts, next_attempt_at, created_at, position)
            SELECT gen_random_uuid(), e.id, event.id, 'PENDING', 0, event.occurred_at, event.occurred_at, event.position
            FROM webhook_endpoints e, event
            WHERE e.account_id = event.account_id AND e.enabled AND %s
            """;
    private static final String FOR_SUBSCRIBERS = WITH_EVENT.formatted(INSERT_AUDIT, "NULL",
            "event.type = ANY (string_to_array(e.event_types, ','))");
    private static final String FOR_ONE_ENDPOINT = WITH_EVENT.formatted(INSERT_AUDIT, "?", "e.id = event.only_to");

    private final Jdbc jdbc;

    @Inject
    public PostgresAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent event, Optional<IntegratorEvent> announced) {
        if (announced.isEmpty()) {
            jdbc.update(INSERT_AUDIT, p -> audit(p, event));
            return;
        }
        IntegratorEvent told = announced.get();
        UUID onlyTo = told.onlyTo() == null ? null : told.onlyTo().value();
        jdbc.update(onlyTo == null ? FOR_SUBSCRIBERS : FOR_ONE_ENDPOINT, p -> {
            audit(p, event).uuid(told.id()).uuid(told.accountId().value()).text(told.type().wireName())
                    .at(told.occurredAt());
            if (onlyTo != null) {
                p.uuid(onlyTo);
            }
            p.text(told.body());
        });
    }

    private static Jdbc.Statement audit(Jdbc.Statement p, AuditEvent event) throws SQLException {
        return p.uuid(event.id()).uuid(event.accountId() == null ? null : event.accountId().value())
                .at(event.occurredAt()).text(event.actor().type().name()).text(event.actor().id())
                .text(event.action().name()).text(event.outcome().name()).uuid(valueOf(event.lockId(), LockId::value))
                .uuid(valueOf(event.uniqueCodeId(), UniqueCodeId::value))
                .uuid(valueOf(event.permissionId(), PermissionId::value)).text(truncate(event.reason(), 300))
                .text(truncate(event.clientAddress(), 64));
    }

    private static <T> UUID valueOf(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
