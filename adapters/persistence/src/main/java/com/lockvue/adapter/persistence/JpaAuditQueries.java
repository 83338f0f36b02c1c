package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.AuditQueries;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

@ApplicationScoped
public class JpaAuditQueries implements AuditQueries {

    /**
     * Names are joined only from the event's own account: an event may name another account's id (a refused
     * attempt on it), whose name must not show.
     */
    private static final String SELECT = "select e, l.name, c.description from AuditEventEntity e"
            + " left join LockEntity l on l.id = e.lockId and l.accountId = e.accountId"
            + " left join UniqueCodeEntity c on c.id = e.uniqueCodeId and c.accountId = e.accountId"
            + " where e.accountId = :owner";

    @Override
    public Page<AuditEntry> search(AccountId owner, AuditFilter filter, PageRequest page) {
        StringBuilder jpql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("owner", owner.value());
        if (filter.lockId() != null) {
            jpql.append(" and e.lockId = :lock");
            params.put("lock", filter.lockId().value());
        }
        if (filter.uniqueCodeId() != null) {
            jpql.append(" and e.uniqueCodeId = :code");
            params.put("code", filter.uniqueCodeId().value());
        }
        if (filter.action() != null) {
            jpql.append(" and e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            params.put("to", filter.to());
        }
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            jpql.append(" and (e.occurredAt < :afterTime or (e.occurredAt = :afterTime and e.id < :afterId))");
            params.put("afterTime", Cursor.instantKey(after));
            params.put("afterId", after.id());
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(jpql.toString(), Object[].class)
                .setMaxResults(page.limit() + 1);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, String> emails = emailsOf(owner, rows);
        return Pages.of(rows, page.limit(),
                row -> new AuditEntry(toDomain((AuditEventEntity) row[0]), (String) row[1], (String) row[2],
                        emailOf(emails, (AuditEventEntity) row[0])),
                row -> new Cursor(((AuditEventEntity) row[0]).occurredAt.toString(), ((AuditEventEntity) row[0]).id));
    }

    /** The emails of the page's owner actors, in one query, from this account's users only. */
    private static Map<String, String> emailsOf(AccountId owner, List<Object[]> rows) {
        List<java.util.UUID> users = rows.stream().map(r -> (AuditEventEntity) r[0])
                .filter(e -> Actor.Type.USER.name().equals(e.actorType) && e.actorId != null)
                .map(e -> parseUuid(e.actorId)).filter(java.util.Objects::nonNull).distinct().toList();
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<String, String> emails = new java.util.HashMap<>();
        UserEntity.<UserEntity>list("accountId = ?1 and id in ?2", owner.value(), users)
                .forEach(u -> emails.put(u.id.toString(), u.email));
        return emails;
    }

    /** Only an owner has an email; a system event has no actor id at all. */
    private static String emailOf(Map<String, String> emails, AuditEventEntity event) {
        return event.actorId == null ? null : emails.get(event.actorId);
    }

    private static java.util.UUID parseUuid(String text) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public List<AuditEvent> recentFailures(AccountId owner, UniqueCodeId code, int limit) {
        return AuditEventEntity.<AuditEventEntity>find("accountId = ?1 and uniqueCodeId = ?2 and outcome = ?3"
                        + " order by occurredAt desc, id desc", owner.value(), code.value(), AuditOutcome.FAILURE.name())
                .range(0, limit - 1).list().stream().map(JpaAuditQueries::toDomain).toList();
    }

    @Override
    public Optional<Instant> lastRevocation(AccountId owner, UniqueCodeId code, LockId lock) {
        return AuditEventEntity.<AuditEventEntity>find("accountId = ?1 and uniqueCodeId = ?2 and lockId = ?3"
                        + " and action = ?4 and outcome = ?5 order by occurredAt desc", owner.value(), code.value(),
                        lock.value(), AuditAction.PERMISSION_REVOKED.name(), AuditOutcome.SUCCESS.name())
                .firstResultOptional().map(e -> e.occurredAt);
    }

    private static AuditEvent toDomain(AuditEventEntity e) {
        return new AuditEvent(e.id, e.accountId == null ? null : new AccountId(e.accountId), e.occurredAt,
                new Actor(Actor.Type.valueOf(e.actorType), e.actorId), AuditAction.valueOf(e.action),
                AuditOutcome.valueOf(e.outcome), e.lockId == null ? null : new LockId(e.lockId),
                e.uniqueCodeId == null ? null : new UniqueCodeId(e.uniqueCodeId),
                e.permissionId == null ? null : new PermissionId(e.permissionId), e.reason, e.clientAddress);
    }
}
