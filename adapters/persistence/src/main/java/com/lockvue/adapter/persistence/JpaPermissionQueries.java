package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.LockListing;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.lock.Lock;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaPermissionQueries implements PermissionQueries {
    private static final String UNIQUE_CODE = "UNIQUE_CODE";

    /** Permissions with their lock and recipient code, for lists people read. */
    private static final String VIEW_SELECT = "select p, l.name, l.serialNumber, c.description from PermissionEntity p"
            + " join LockEntity l on l.id = p.lockId"
            + " join UniqueCodeEntity c on c.id = p.recipientId and p.recipientType = 'UNIQUE_CODE'"
            + " where p.accountId = :owner";

    @Override
    public List<SharedLock> sharedWith(UniqueCodeId code) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select l, p.id, p.level from PermissionEntity p join LockEntity l on l.id = p.lockId"
                                + " where p.recipientType = :type and p.recipientId = :recipient"
                                + " order by lower(l.name), l.id", Object[].class)
                .setParameter("type", UNIQUE_CODE).setParameter("recipient", code.value())
                .getResultList();
        return rows.stream().map(r -> new SharedLock(JpaLockRepository.toDomain((LockEntity) r[0]),
                new PermissionId((UUID) r[1]), PermissionLevel.valueOf((String) r[2]))).toList();
    }

    @Override
    public Map<LockId, LockListing> sharesOf(List<Lock> locks, int recipientsPerLock) {
        if (locks.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = locks.stream().map(l -> l.id().value()).toList();
        // One query for the page: every code each lock is shared to, by description; the count is all of them.
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select p.lockId, c.id, c.description from PermissionEntity p join UniqueCodeEntity c"
                                + " on c.id = p.recipientId and p.recipientType = 'UNIQUE_CODE' where p.lockId in :ids"
                                + " order by p.lockId, lower(c.description), c.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, List<LockListing.Recipient>> byLock = new HashMap<>();
        for (Object[] row : rows) {
            byLock.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>())
                    .add(new LockListing.Recipient(new UniqueCodeId((UUID) row[1]), (String) row[2]));
        }
        Map<LockId, LockListing> listings = new HashMap<>();
        for (Lock lock : locks) {
            List<LockListing.Recipient> all = byLock.getOrDefault(lock.id().value(), List.of());
            listings.put(lock.id(), new LockListing(lock, all.size(), all.subList(0, Math.min(recipientsPerLock, all.size()))));
        }
        return listings;
    }

    /** How many locks each code holds a permission on; codes with none are absent. */
    Map<UniqueCodeId, Long> countLocks(Collection<UniqueCodeId> codes) {
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
        return Pages.of(query.getResultList(), page.limit(), JpaPermissionQueries::toView,
                r -> new Cursor(((PermissionEntity) r[0]).grantedAt.toString(), ((PermissionEntity) r[0]).id));
    }

    private static PermissionView toView(Object[] row) {
        return new PermissionView(JpaPermissionRepository.toDomain((PermissionEntity) row[0]), (String) row[1], (String) row[2], (String) row[3]);
    }
}
