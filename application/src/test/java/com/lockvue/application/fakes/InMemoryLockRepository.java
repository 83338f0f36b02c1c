package com.lockvue.application.fakes;

import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.query.LockQueries;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Locks are immutable, so they are stored as they are. */
public final class InMemoryLockRepository extends MapStore<LockId, Lock> implements LockRepository, LockQueries {

    @Override
    public Optional<Lock> findById(AccountId owner, LockId id) {
        return Optional.ofNullable(rows.get(id)).filter(l -> l.accountId().equals(owner));
    }

    @Override
    public List<Lock> findAll(AccountId owner, Collection<LockId> ids) {
        return ids.stream().distinct().map(id -> findById(owner, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public void add(Lock lock) {
        if (rows.values().stream().anyMatch(l -> l.serialNumber().equals(lock.serialNumber()))) {
            throw new Conflict(FailureCode.LOCK_ALREADY_ACTIVATED, "Lock already activated");
        }
        rows.put(lock.id(), lock);
    }

    @Override
    public Page<Lock> search(AccountId owner, String search, PageRequest page) {
        String term = search == null ? null : search.toLowerCase(Locale.ROOT);
        List<Lock> found = rows.values().stream()
                .filter(l -> l.accountId().equals(owner))
                .filter(l -> term == null || l.name().toLowerCase(Locale.ROOT).contains(term)
                        || l.serialNumber().value().toLowerCase(Locale.ROOT).contains(term))
                .sorted(Comparator.comparing(Lock::name).thenComparing(l -> l.id().value()))
                .toList();
        return Paging.slice(found, page);
    }

    /** Any lock by id, whoever owns it (for the fake permission store's views). */
    Optional<Lock> anyById(LockId id) {
        return Optional.ofNullable(rows.get(id));
    }
}
