package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
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

    /** Locks ordered by name then id; {@code search} matches name or serial number, case-insensitively. */
    Page<Lock> search(AccountId owner, String search, PageRequest page);
}
