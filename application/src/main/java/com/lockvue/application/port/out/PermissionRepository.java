package com.lockvue.application.port.out;

import com.lockvue.application.view.PermissionView;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PermissionRepository {
    Optional<Permission> findById(AccountId owner, PermissionId id);

    /**
     * As {@link #findById}, holding the permission against concurrent changes until the transaction ends, so that
     * of two simultaneous revocations (or a revocation and the code's deletion) exactly one removes it.
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

    /** Locks shared to the recipient with their level, ordered by lock name then id. */
    List<SharedLock> sharedLocks(Recipient recipient);

    /** How many locks each code holds a permission on; codes with none are absent. */
    Map<UniqueCodeId, Long> countLocks(Collection<UniqueCodeId> codes);

    /** The account's permissions, newest first, optionally only for one lock and/or one code. */
    Page<PermissionView> list(AccountId owner, LockId lock, UniqueCodeId code, PageRequest page);

    /** One permission with the names a person needs to recognise it. */
    Optional<PermissionView> view(AccountId owner, PermissionId id);
}
