package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.view.PermissionView;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaPermissionRepository implements PermissionRepository {
    private static final String UNIQUE_CODE = "UNIQUE_CODE";

    /** Permissions with their lock and recipient code, for lists people read. */
    private static final String VIEW_SELECT = "select p, l.name, l.serialNumber, c.description from PermissionEntity p"
            + " join LockEntity l on l.id = p.lockId"
            + " join UniqueCodeEntity c on c.id = p.recipientId and p.recipientType = 'UNIQUE_CODE'"
            + " where p.accountId = :owner";

    @Override
    public Optional<Permission> findById(AccountId owner, PermissionId id) {
        return PermissionEntity.<PermissionEntity>find("id = ?1 and accountId = ?2", id.value(), owner.value())
                .firstResultOptional().map(JpaPermissionRepository::toDomain);
    }

    @Override
    public Optional<Permission> findByIdForUpdate(AccountId owner, PermissionId id) {
        return PermissionEntity.<PermissionEntity>find("id = ?1 and accountId = ?2", id.value(), owner.value())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(JpaPermissionRepository::toDomain);
    }

    @Override
    public Map<LockId, Permission> findForRecipient(Recipient recipient, Collection<LockId> locks) {
        List<UUID> lockIds = locks.stream().map(LockId::value).toList();
        // FOR UPDATE: sharing changes these rows; one a concurrent revocation deletes is then simply not found.
        return PermissionEntity.<PermissionEntity>find("recipientType = ?1 and recipientId = ?2 and lockId in ?3",
                        UNIQUE_CODE, recipientId(recipient), lockIds).withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .map(JpaPermissionRepository::toDomain)
                .collect(Collectors.toMap(Permission::lockId, Function.identity()));
    }

    @Override
    public Optional<Permission> findForRecipient(Recipient recipient, LockId lock) {
        return PermissionEntity.<PermissionEntity>find("recipientType = ?1 and recipientId = ?2 and lockId = ?3",
                UNIQUE_CODE, recipientId(recipient), lock.value()).firstResultOptional().map(JpaPermissionRepository::toDomain);
    }

    @Override
    public void add(Permission permission) {
        PermissionEntity e = new PermissionEntity();
        e.id = permission.id().value();
        e.accountId = permission.accountId().value();
        e.lockId = permission.lockId().value();
        e.recipientType = UNIQUE_CODE;
        e.recipientId = recipientId(permission.recipient());
        e.grantedAt = permission.grantedAt();
        e.level = permission.level().name();
        e.updatedAt = permission.updatedAt();
        e.persist();
    }

    @Override
    public void update(Permission permission) {
        PermissionEntity e = PermissionEntity.findById(permission.id().value());
        e.level = permission.level().name();
        e.updatedAt = permission.updatedAt();
    }

    @Override
    public void remove(PermissionId id) {
        // A bulk delete: a row another transaction removed first is simply not there, never a stale-state error.
        PermissionEntity.delete("id", id.value());
    }

    @Override
    public List<Permission> removeAll(Recipient recipient) {
        // FOR UPDATE: a row a concurrent revocation deletes is waited for and then skipped, not deleted twice.
        List<PermissionEntity> rows = PermissionEntity.<PermissionEntity>find("recipientType = ?1 and recipientId = ?2",
                UNIQUE_CODE, recipientId(recipient)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        rows.forEach(PermissionEntity::delete);
        return rows.stream().map(JpaPermissionRepository::toDomain).toList();
    }

    @Override
    public List<SharedLock> sharedLocks(Recipient recipient) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select l, p.id, p.level from PermissionEntity p join LockEntity l on l.id = p.lockId"
                                + " where p.recipientType = :type and p.recipientId = :recipient"
                                + " order by lower(l.name), l.id", Object[].class)
                .setParameter("type", UNIQUE_CODE).setParameter("recipient", recipientId(recipient))
                .getResultList();
        return rows.stream().map(r -> new SharedLock(JpaLockRepository.toDomain((LockEntity) r[0]),
                new PermissionId((UUID) r[1]), PermissionLevel.valueOf((String) r[2]))).toList();
    }

    @Override
    public Map<UniqueCodeId, Long> countLocks(Collection<UniqueCodeId> codes) {
        List<UUID> ids = codes.stream().map(UniqueCodeId::value).toList();
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select p.recipientId, count(p) from PermissionEntity p where p.recipientType = :type"
                                + " and p.recipientId in :ids group by p.recipientId", Object[].class)
                .setParameter("type", UNIQUE_CODE).setParameter("ids", ids).getResultList();
        Map<UniqueCodeId, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(new UniqueCodeId((UUID) r[0]), (Long) r[1]));
        return counts;
    }

    @Override
    public Page<PermissionView> list(AccountId owner, LockId lock, UniqueCodeId code, PageRequest page) {
        StringBuilder jpql = new StringBuilder(VIEW_SELECT);
        if (lock != null) {
            jpql.append(" and p.lockId = :lock");
        }
        if (code != null) {
            jpql.append(" and p.recipientId = :code");
        }
        Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        if (after != null) {
            jpql.append(" and (p.grantedAt < :afterTime or (p.grantedAt = :afterTime and p.id < :afterId))");
        }
        jpql.append(" order by p.grantedAt desc, p.id desc");
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(jpql.toString(), Object[].class)
                .setParameter("owner", owner.value()).setMaxResults(page.limit() + 1);
        if (lock != null) {
            query.setParameter("lock", lock.value());
        }
        if (code != null) {
            query.setParameter("code", code.value());
        }
        if (after != null) {
            query.setParameter("afterTime", Cursor.instantKey(after)).setParameter("afterId", after.id());
        }
        return Pages.of(query.getResultList(), page.limit(), JpaPermissionRepository::toView,
                r -> new Cursor(((PermissionEntity) r[0]).grantedAt.toString(), ((PermissionEntity) r[0]).id));
    }

    @Override
    public Optional<PermissionView> view(AccountId owner, PermissionId id) {
        return Panache.getEntityManager().createQuery(VIEW_SELECT + " and p.id = :id", Object[].class)
                .setParameter("owner", owner.value()).setParameter("id", id.value())
                .getResultStream().findFirst().map(JpaPermissionRepository::toView);
    }

    private static PermissionView toView(Object[] row) {
        return new PermissionView(toDomain((PermissionEntity) row[0]), (String) row[1], (String) row[2], (String) row[3]);
    }

    private static UUID recipientId(Recipient recipient) {
        return ((Recipient.UniqueCode) recipient).id().value();
    }

    private static Permission toDomain(PermissionEntity e) {
        return new Permission(new PermissionId(e.id), new AccountId(e.accountId), new LockId(e.lockId),
                new Recipient.UniqueCode(new UniqueCodeId(e.recipientId)), PermissionLevel.valueOf(e.level),
                e.grantedAt, e.updatedAt);
    }
}
