package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Locks, always seen through the account that owns them. */
public interface LockRepository {
    Optional<Lock> findById(AccountId owner, LockId id);

    /** The subset of {@code ids} that the account owns. */
    List<Lock> findAll(AccountId owner, Collection<LockId> ids);

    /** Adds a lock; throws Conflict(LOCK_ALREADY_ACTIVATED) if its serial number is already active anywhere. */
    void add(Lock lock);
}
