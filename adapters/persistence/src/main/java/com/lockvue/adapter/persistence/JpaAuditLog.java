package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    @Override
    public Page<AuditEvent> search(AccountId owner, AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("accountId = :owner");
        Parameters params = Parameters.with("owner", owner.value());
        if (filter.lockId() != null) {
            where.append(" and lockId = :lock");
            params.and("lock", filter.lockId().value());
        }
        if (filter.uniqueCodeId() != null) {
            where.append(" and uniqueCodeId = :code");
            params.and("code", filter.uniqueCodeId().value());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.and("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", filter.to());
        }
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            where.append(" and (occurredAt < :afterTime or (occurredAt = :afterTime and id < :afterId))");
            params.and("afterTime", Cursor.instantKey(after)).and("afterId", after.id());
        }
        List<AuditEventEntity> rows = AuditEventEntity.<AuditEventEntity>find(
                where + " order by occurredAt desc, id desc", params).range(0, page.limit()).list();
        return Pages.of(rows, page.limit(), JpaAuditLog::toDomain, e -> new Cursor(e.occurredAt.toString(), e.id));
    }

    private static AuditEvent toDomain(AuditEventEntity e) {
        return new AuditEvent(e.id, e.accountId == null ? null : new AccountId(e.accountId), e.occurredAt,
                new Actor(Actor.Type.valueOf(e.actorType), e.actorId), AuditAction.valueOf(e.action),
                AuditOutcome.valueOf(e.outcome), e.lockId == null ? null : new LockId(e.lockId),
                e.uniqueCodeId == null ? null : new UniqueCodeId(e.uniqueCodeId),
                e.permissionId == null ? null : new PermissionId(e.permissionId), e.reason, e.clientAddress);
    }

    private static <T> UUID valueOf(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
