package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaPermissionRepository implements PermissionRepository {
    private static final String UNIQUE_CODE = "UNIQUE_CODE";

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

    static UUID recipientId(Recipient recipient) {
        return ((Recipient.UniqueCode) recipient).id().value();
    }

    static Permission toDomain(PermissionEntity e) {
        return new Permission(new PermissionId(e.id), new AccountId(e.accountId), new LockId(e.lockId),
                new Recipient.UniqueCode(new UniqueCodeId(e.recipientId)), PermissionLevel.valueOf(e.level),
                e.grantedAt, e.updatedAt);
    }
}
