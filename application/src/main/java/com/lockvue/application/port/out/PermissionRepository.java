package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Permissions, to load and save; lists and counts are the read model's ({@code PermissionQueries}). */
public interface PermissionRepository {
    /**
     * The account's permission, held against concurrent changes until the transaction ends, so that of two
     * simultaneous revocations (or a revocation and the code's deletion) exactly one removes it.
     */
    Optional<Permission> findByIdForUpdate(AccountId owner, PermissionId id);

    /**
     * The permissions {@code recipient} holds on any of {@code locks}, keyed by lock, held against concurrent
     * changes until the transaction ends (sharing updates them).
     */
    Map<LockId, Permission> findForRecipient(Recipient recipient, Collection<LockId> locks);

    Optional<Permission> findForRecipient(Recipient recipient, LockId lock);

    void add(Permission permission);

    void update(Permission permission);

    void remove(PermissionId id);

    /**
     * Removes every permission of the recipient and returns what was removed; a permission revoked concurrently
     * is waited for and then left out, not removed twice.
     */
    List<Permission> removeAll(Recipient recipient);
}
